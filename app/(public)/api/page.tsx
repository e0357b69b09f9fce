import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { getApiExamples } from "@/lib/api/examples";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { ApiGuide } from "./_components/api-guide";
import { EndpointDoc } from "./_components/endpoint-doc";
import { EndpointIndex } from "./_components/endpoint-index";
import { ObjectDocs } from "./_components/object-docs";

export const metadata: Metadata = {
  title: "API",
  description: "The Papers With Code 2 API: papers, tasks, datasets, methods, benchmarks and results in the old Papers with Code API's shapes.",
};

export default async function ApiDocsPage() {
  const document = openApiDocument(env.SITE_URL);
  const examples = await getApiExamples(env.SITE_URL);
  const operations = Object.entries(document.paths).map(([path, { get }]) => ({ path, operation: get }));
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="API"
        subtitle="Read the catalogue from your code, in the old Papers with Code API's shapes."
        actions={
          <>
            <ButtonLink href="/api/v1/openapi.json">OpenAPI description</ButtonLink>
            <ButtonLink href="/data">Data dumps</ButtonLink>
          </>
        }
      />
      <div className="space-y-6">
        <ApiGuide baseUrl={`${env.SITE_URL}/api/v1`} />
        <EndpointIndex operations={operations} />
        {operations.map(({ path, operation }) => (
          <EndpointDoc key={path} path={path} operation={operation} example={examples.find((example) => example.operationId === operation.operationId)} />
        ))}
        <ObjectDocs schemas={document.components.schemas} />
      </div>
    </div>
  );
}
