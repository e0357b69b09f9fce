// What the docs page at /api shows of the OpenAPI description: plain reads of its JSON Schemas.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  format?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
};

/** "Paper", "string or null", "Result[]", "{ name: string }": a type as people read it; refs as their names. */
export function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.split("/").at(-1)!;
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(" or ");
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["any"];
  return types
    .map((type) => {
      if (type === "array") return `${typeLabel(schema.items ?? {})}[]`;
      if (type === "object" && typeof schema.additionalProperties === "object") return `{ name: ${typeLabel(schema.additionalProperties)} }`;
      if (type === "string" && schema.format === "date") return "date";
      if (type === "string" && schema.format === "date-time") return "datetime";
      return type;
    })
    .join(" or ");
}

/** Default and bounds of a parameter: "default 50, 1 to 500". */
export function parameterRange(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  // A bound that only guards against absurd input (a page of 10^6) says nothing worth reading.
  const isSafe = (bound: number | undefined) => bound !== undefined && Math.abs(bound) < 1e6;
  if (isSafe(schema.minimum) && isSafe(schema.maximum)) parts.push(`${schema.minimum} to ${schema.maximum}`);
  else if (isSafe(schema.minimum)) parts.push(`from ${schema.minimum}`);
  return parts.join(", ");
}

const LONGEST_TEXT = 140;

/** An example answer for reading: long texts (abstracts) cut short. */
export function shortenTexts(value: unknown): unknown {
  if (typeof value === "string") return value.length > LONGEST_TEXT ? `${value.slice(0, LONGEST_TEXT)}…` : value;
  if (Array.isArray(value)) return value.map(shortenTexts);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shortenTexts(inner)]));
  return value;
}

/** The anchor of an object's description on the docs page. */
export function schemaAnchor(name: string): string {
  return `object-${name.toLowerCase()}`;
}

/** Prose with `code` in backticks, as the OpenAPI descriptions write it: the runs, the code ones marked. */
export function codeRuns(text: string): { text: string; isCode: boolean }[] {
  return text.split("`").map((run, i) => ({ text: run, isCode: i % 2 === 1 }));
}

/** A field of an object as the docs list it: nested objects flattened into dotted names (`benchmark.metrics[].name`). */
export type DocField = { name: string; schema: JsonSchema; isRequired: boolean };

const MAX_NESTING = 3;

/** The fields of an object schema, an inline object's own fields under its name, so that they read as the body's paths. */
export function fieldsOf(schema: JsonSchema, prefix = "", depth = 0): DocField[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const isRequired = schema.required?.includes(name) ?? false;
    const inner = property.type === "array" ? property.items : property;
    if (depth < MAX_NESTING && inner?.type === "object" && inner.properties) {
      const nested = fieldsOf(inner, property.type === "array" ? `${path}[].` : `${path}.`, depth + 1);
      return [
        { name: path, schema: property.type === "array" ? { ...property, items: { type: "object" } } : { ...property, properties: undefined }, isRequired },
        ...nested,
      ];
    }
    return [{ name: path, schema: property, isRequired }];
  });
}

/** A curl command for a call made with a token: the docs' example of a personal read or a write. The id in a path is a shell variable. */
export function curlWithToken({
  method,
  baseUrl,
  path,
  query,
  body,
}: {
  method: string;
  baseUrl: string;
  path: string;
  query?: string;
  body?: unknown;
}): string {
  const id = path.startsWith("/results/") ? "$RESULT_ID" : "$SUBMISSION_ID";
  const url = `${baseUrl}${path.replace("{id}", id)}${query ? `?${query}` : ""}`;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "${url}"`, `  -H "Authorization: Token $PWC_TOKEN"`];
  if (body !== undefined) lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(body, null, 2).replaceAll("\n", "\n  ")}'`);
  return lines.join(" \\\n");
}
