import { Card } from "@/components/ui/card";
import { curlWithToken, parameterRange, schemaAnchor, shortenTexts, typeLabel, type JsonSchema } from "@/lib/api/docs";
import type { ApiExample } from "@/lib/api/examples";
import type { HttpMethod, OpenApiOperation } from "@/lib/api/openapi";
import { CodeBlock, Prose } from "./code";
import { FieldList } from "./field-list";
import { MethodBadge } from "./method-badge";

const ACCESS: Record<OpenApiOperation["x-access"], string | null> = {
  anyone: null,
  user: "Needs a token (or the site's session): acts as its user.",
  moderator: "Needs a moderator's or an admin's token.",
};

type Props = {
  baseUrl: string;
  path: string;
  method: HttpMethod;
  operation: OpenApiOperation;
  /** A real request and its answer, for a read of the catalogue. */
  liveExample?: ApiExample;
  exampleQuery?: string;
};

/** One endpoint: what it takes and answers, who may call it, and an example. */
export function EndpointDoc({ baseUrl, path, method, operation, liveExample, exampleQuery }: Props) {
  const [status, success] = Object.entries(operation.responses).find(([code]) => code.startsWith("2"))!;
  const responseName = typeLabel((success.content as { "application/json": { schema: JsonSchema } })["application/json"].schema);
  const body = operation.requestBody?.content["application/json"];
  const access = ACCESS[operation["x-access"]];
  return (
    <div id={operation.operationId} className="scroll-mt-4">
      <Card
        title={
          <span className="flex flex-wrap items-center gap-2">
            <MethodBadge method={method} />
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
        {access && <p className="mt-2 text-sm text-slate-700">{access}</p>}
        <p className="mt-2 text-sm text-slate-700">
          {body && (
            <>
              Takes <ObjectLink name={typeLabel(body.schema)} />
              {operation.requestBody?.required ? "" : " (optional)"};{" "}
            </>
          )}
          {body ? "answers" : "Answers"} {status === "201" ? "201 Created with " : ""}
          <ObjectLink name={responseName} />.
        </p>
        {operation.parameters.length > 0 && <ParameterTable parameters={operation.parameters} />}
        <div className="mt-4 space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Example</h3>
          {liveExample ? (
            <>
              <CodeBlock label={`Example request for ${path}`}>{`curl "${liveExample.url}"`}</CodeBlock>
              <CodeBlock label={`Example answer for ${path}`}>
                {`${liveExample.status === 200 ? "" : `HTTP ${liveExample.status}\n`}${JSON.stringify(shortenTexts(liveExample.body), null, 2)}`}
              </CodeBlock>
            </>
          ) : (
            <CodeBlock label={`Example request for ${method.toUpperCase()} ${path}`}>
              {curlWithToken({ method, baseUrl, path, query: exampleQuery, body: body?.example })}
            </CodeBlock>
          )}
        </div>
      </Card>
    </div>
  );
}

function ObjectLink({ name }: { name: string }) {
  return (
    <a href={`#${schemaAnchor(name)}`} className="font-mono text-[0.8125rem]">
      {name}
    </a>
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
