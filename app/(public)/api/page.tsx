import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { getApiExamples } from "@/lib/api/examples";
import { openApiDocument, type HttpMethod, type OpenApiOperation } from "@/lib/api/openapi";
import { SUBMISSION_OPERATIONS } from "@/lib/api/submission-endpoints";
import { headers } from "next/headers";
import { configuredSiteUrl, hasConfiguredSiteUrl, siteUrlOf } from "@/lib/site-url";
import { ApiGuide } from "./_components/api-guide";
import { EndpointDoc } from "./_components/endpoint-doc";
import { EndpointIndex } from "./_components/endpoint-index";
import { ObjectDocs } from "./_components/object-docs";
import { WebhookGuide } from "./_components/webhook-guide";
import { WriteGuide } from "./_components/write-guide";
import { CitingApiGuide } from "@/components/citations/citing-docs";

export const metadata: Metadata = {
  title: "API",
  description:
    "The Papers With Code 2 API: papers, tasks, datasets, methods, benchmarks and results in the old Papers with Code API's shapes, and submissions through moderation.",
};

export default async function ApiDocsPage() {
  // With SITE_URL set the page is cached; without it, it names the address it was asked at.
  const siteUrl = hasConfiguredSiteUrl() ? configuredSiteUrl() : siteUrlOf(await headers());
  const baseUrl = `${siteUrl}/api/v1`;
  const document = openApiDocument(siteUrl);
  const examples = await getApiExamples(siteUrl);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    (Object.entries(methods) as [HttpMethod, OpenApiOperation][]).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="API"
        subtitle="Read the catalogue from your code, in the old Papers with Code API's shapes; submit results through moderation."
        actions={
          <>
            <ButtonLink href="/api/v1/openapi.json">OpenAPI description</ButtonLink>
            <ButtonLink href="/data">Data dumps</ButtonLink>
          </>
        }
      />
      <div className="space-y-6">
        <ApiGuide baseUrl={baseUrl} />
        <WriteGuide baseUrl={baseUrl} />
        <CitingApiGuide siteUrl={siteUrl} />
        <WebhookGuide />
        <EndpointIndex operations={operations} />
        {operations.map(({ path, method, operation }) => (
          <EndpointDoc
            key={operation.operationId}
            baseUrl={baseUrl}
            path={path}
            method={method}
            operation={operation}
            liveExample={examples.find((example) => example.operationId === operation.operationId)}
            exampleQuery={SUBMISSION_OPERATIONS.find((candidate) => candidate.operationId === operation.operationId)?.exampleQuery}
          />
        ))}
        <ObjectDocs schemas={document.components.schemas} />
      </div>
    </div>
  );
}
