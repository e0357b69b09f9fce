import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { parameterRange, schemaAnchor, shortenTexts, typeLabel, type JsonSchema } from "@/lib/api/docs";
import type { ApiExample } from "@/lib/api/examples";
import type { OpenApiOperation } from "@/lib/api/openapi";
import { CodeBlock, Prose } from "./code";
import { FieldList } from "./field-list";

/** One endpoint: what it answers, its parameters, and a real request with its answer. */
export function EndpointDoc({ path, operation, example }: { path: string; operation: OpenApiOperation; example?: ApiExample }) {
  const response = (operation.responses["200"].content as { "application/json": { schema: JsonSchema } })["application/json"].schema;
  const responseName = typeLabel(response);
  return (
    <div id={operation.operationId} className="scroll-mt-4">
      <Card
        title={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">GET</Badge>
            <span className="font-mono text-base break-all">/api/v1{path}</span>
          </span>
        }
      >
        <p className="text-sm font-medium text-slate-900">{operation.summary}</p>
        {operation.description && (
          <p className="mt-1 text-sm text-slate-700">
            <Prose text={operation.description} />
          </p>
        )}
        <p className="mt-2 text-sm text-slate-700">
          Answers{" "}
          <a href={`#${schemaAnchor(responseName)}`} className="font-mono text-[0.8125rem]">
            {responseName}
          </a>
          .
        </p>
        {operation.parameters.length > 0 && <ParameterTable parameters={operation.parameters} />}
        {example && (
          <div className="mt-4 space-y-2">
            <h3 className="text-sm font-semibold text-slate-900">Example</h3>
            <CodeBlock label={`Example request for ${path}`}>{`curl "${example.url}"`}</CodeBlock>
            <CodeBlock label={`Example answer for ${path}`}>
              {`${example.status === 200 ? "" : `HTTP ${example.status}\n`}${JSON.stringify(shortenTexts(example.body), null, 2)}`}
            </CodeBlock>
          </div>
        )}
      </Card>
    </div>
  );
}

function ParameterTable({ parameters }: { parameters: OpenApiOperation["parameters"] }) {
  return (
    <FieldList
      caption="Parameters"
      heading={["Parameter", "Type", "Description"]}
      rows={parameters.map((parameter) => {
        const range = parameterRange(parameter.schema as JsonSchema);
        return {
          key: `${parameter.in}-${parameter.name}`,
          name: parameter.name,
          note: `${parameter.in}${parameter.required ? ", required" : ""}`,
          type: typeLabel(parameter.schema as JsonSchema),
          description: (
            <>
              <Prose text={parameter.description} />
              {range && <span className="block text-xs text-slate-500">{range}</span>}
            </>
          ),
        };
      })}
    />
  );
}
