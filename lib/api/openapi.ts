// The OpenAPI 3.1 description of /api/v1, generated from the endpoints' zod schemas (lib/api/endpoints.ts):
// nothing here is written by hand but the prose around it.
import "server-only";
import { z } from "zod";
import { ENDPOINTS, pathParameters, type Endpoint } from "./endpoints";
import { API_ERROR_MEANINGS, statusOf, type ApiErrorCode } from "./errors";
import { API_LIMITS } from "./limits";
import type { Operation } from "./operation";
import { apiSchemas } from "./schemas";
import { SUBMISSION_OPERATIONS } from "./submission-endpoints";

type JsonSchema = Record<string, unknown>;

export type OpenApiParameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };

export type HttpMethod = "get" | "post" | "put";

export type OpenApiOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: OpenApiParameter[];
  requestBody?: { required: boolean; content: { "application/json": { schema: { $ref: string }; example?: unknown } } };
  responses: Record<string, { description: string; headers?: JsonSchema; content?: JsonSchema }>;
  security: Record<string, string[]>[];
  /** Who may call it: anyone, any signed-in user, or moderators and admins. */
  "x-access": "anyone" | Operation["access"];
};

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

const SCHEMA_REF = "#/components/schemas/";

function refTo(schema: z.ZodType): { $ref: string } {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("An endpoint's response or body schema is not named in lib/api/schemas.ts");
  return { $ref: `${SCHEMA_REF}${id}` };
}

/** The components: every named schema, as JSON Schema 2020-12 (OpenAPI 3.1's own dialect). */
function componentSchemas(): Record<string, JsonSchema> {
  // As callers write them: a field with a default may be left out. Answers have no defaults, so they read the same.
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `${SCHEMA_REF}${id}`, io: "input" });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** The query parameters of an endpoint, from its zod schema as the caller writes them (io: "input"). */
function queryParameters(params: z.ZodObject): OpenApiParameter[] {
  const schema = z.toJSONSchema(params, { io: "input" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: schema.required?.includes(name) ?? false, description: description as string | undefined, schema: rest };
  });
}

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: `${SCHEMA_REF}Error` } } } });

const tooMany = () => ({
  ...error("Too many calls: wait for Retry-After seconds."),
  headers: { "Retry-After": { description: "Seconds until the limit resets.", schema: { type: "integer" } } },
});

const PATH_PARAMETERS: Record<string, string> = {
  metric: "The metric's id within the evaluation table (`id` of a Metric).",
  result: "The result's id (`id` of a Result).",
  owner: "The repository's owner: the user or organisation in its address.",
  name: "The repository's name: the last part of its address.",
  proceeding: "The proceeding's id (`id` of a Proceeding).",
};

function pathParameterMeaning(endpoint: Endpoint, name: string): string {
  if (name !== "id") return PATH_PARAMETERS[name];
  const what = endpoint.parent ?? endpoint.resource;
  if (what === "author") return "The author's id (`id` of an Author).";
  if (what === "conference") return "The conference's id (`id` of a Conference).";
  return `The ${what}'s id (its slug on the site).`;
}

function readOperation(endpoint: Endpoint): OpenApiOperation {
  const inPath = pathParameters(endpoint.path).map((name): OpenApiParameter => ({
    name,
    in: "path",
    required: true,
    description: pathParameterMeaning(endpoint, name),
    schema: { type: "string" },
  }));
  const parameters = [...inPath, ...queryParameters(endpoint.params)];
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters,
    responses: {
      "200": { description: "OK", content: { "application/json": { schema: refTo(endpoint.response) } } },
      ...(parameters.some((parameter) => parameter.in === "query") ? { "400": error("A parameter is not valid: `error.parameter` names it.") } : {}),
      "401": error("The Authorization header holds an unknown or revoked token."),
      ...(endpoint.resource || endpoint.paginated
        ? { "404": error(endpoint.resource ? `No ${endpoint.resource} with this id, or a page past the last.` : "A page past the last.") }
        : {}),
      "429": tooMany(),
    },
    security: [{}, { token: [] }],
    "x-access": "anyone",
  };
}

const ID_OF: Record<NonNullable<Operation["resource"]>, string> = {
  submission: "The submission's id (`id` of a Submission).",
  result: "The result's id (`id` of a Result).",
};

/** The refusals of an operation by status, each status described by the meanings of its codes. */
function refusalResponses(codes: ApiErrorCode[]): Record<string, ReturnType<typeof error>> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of ["unauthenticated", ...codes] as ApiErrorCode[]) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, group]) => [String(status), error(group.map((code) => `\`${code}\`: ${API_ERROR_MEANINGS[code]}`).join(" "))]),
  );
}

function userOperation(operation: Operation): OpenApiOperation {
  const pathParameters: OpenApiParameter[] = operation.resource
    ? [{ name: "id", in: "path", required: true, description: ID_OF[operation.resource], schema: { type: "string" } }]
    : [];
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    parameters: [...pathParameters, ...(operation.params ? queryParameters(operation.params) : [])],
    ...(operation.body
      ? {
          requestBody: {
            required: operation.access !== "moderator",
            content: { "application/json": { schema: refTo(operation.body), ...(operation.exampleBody ? { example: operation.exampleBody } : {}) } },
          },
        }
      : {}),
    responses: {
      [String(operation.status)]: {
        description: operation.status === 201 ? "Created" : "OK",
        content: { "application/json": { schema: refTo(operation.response) } },
      },
      ...refusalResponses(operation.refusals),
      "429": tooMany(),
    },
    security: [{ token: [] }],
    "x-access": operation.access,
  };
}

export function openApiDocument(siteUrl: string) {
  const paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>> = {};
  for (const endpoint of ENDPOINTS) paths[endpoint.path] = { get: readOperation(endpoint) };
  for (const operation of SUBMISSION_OPERATIONS) paths[operation.path] = { ...paths[operation.path], [operation.method]: userOperation(operation) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Papers With Code 2 API",
      version: "1.0.0",
      description:
        "Read the catalogue: papers, tasks, datasets, methods, areas, evaluation tables (benchmarks), their metrics and " +
        "approved results, in the shapes of the old Papers with Code API (Django REST framework pages). " +
        "With a personal token, submit results, suggest edits and report problems into the review queue, and, as a moderator, " +
        "review the queue: the same rules as on the site. " +
        `Reads are limited to ${API_LIMITS.read.limit} a minute and writes to ${API_LIMITS.write.limit} a minute, per account (all its tokens and, for writes, its forms on the site together) or per address. ` +
        "The data is CC-BY-SA 4.0.",
      license: { name: "CC-BY-SA 4.0 (the data)", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    tags: [...new Set([...ENDPOINTS, ...SUBMISSION_OPERATIONS].map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        token: {
          type: "apiKey",
          in: "header",
          name: "Authorization",
          description:
            "A personal API token from your profile page, sent as `Authorization: Token <token>` (or `Bearer <token>`). " +
            "Reads of the catalogue need none; submissions and decisions act as the token's user.",
        },
      },
    },
  };
}
