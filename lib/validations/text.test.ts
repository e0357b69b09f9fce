// Text the database cannot store (a lone UTF-16 surrogate, a NUL byte) is a field error in every input
// schema, and a 400 from the API: never a 500. On SQLite, and on PostgreSQL with DATABASE_URL.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as submissions from "@/app/api/v1/submissions/route";
import * as tasks from "@/app/api/v1/tasks/route";
import { ApiErrorSchema } from "@/lib/api/errors";
import { createApiTestCatalogue } from "@/lib/api/testing/catalogue";
import { call } from "@/lib/api/testing/call";
import { createApiToken } from "@/lib/api/tokens";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { resultRow } from "@/lib/test/submission-factory";
import { CreateApiTokenSchema } from "./api-token";
import { SignInSchema, SignUpSchema } from "./auth";
import { BulkDecisionSchema } from "./moderation";
import { CreateSubmissionSchema, ReportResultSchema, ReviewDecisionSchema } from "./submission";
import { inputString, isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./text";
import { ChangeRoleSchema } from "./users";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

const LONE_SURROGATE = "Ada \ud800 Lovelace";
const NUL = "Ada\u0000Lovelace";

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
}

describe("inputString", () => {
  it("refuses lone surrogates and NUL bytes, and keeps every other character", () => {
    for (const bad of [LONE_SURROGATE, NUL, "\udc00", "x\ud83d"]) expect(isStorableText(bad)).toBe(false);
    for (const good of ["Ada Lovelace", "😀 ümlaut ß 漢字", "tab\tnew\nline", ""]) expect(isStorableText(good)).toBe(true);
    expect(inputString().safeParse(NUL).error?.issues[0].message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it.each([LONE_SURROGATE, NUL])("is a field error in every schema that takes text: %j", (bad) => {
    expect(fieldErrors(SignUpSchema, { name: bad, email: "ada@example.org", password: "analytical-engine" }).name).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(SignInSchema, { email: "ada@example.org", password: `pass${bad}` }).password).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(CreateApiTokenSchema, { name: bad }).name).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(ReviewDecisionSchema, { submissionId: "s1", decision: "reject", reason: bad }).reason).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(ReportResultSchema, { resultId: bad, reason: "The value is not in the paper." }).resultId).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(BulkDecisionSchema, { submissionIds: ["s1"], decision: "reject", reason: bad }).reason).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(fieldErrors(ChangeRoleSchema, { userId: bad, role: "USER" }).userId).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });
});

describe("the API", () => {
  let token: string;

  beforeEach(async () => {
    await resetDatabase();
    await createApiTestCatalogue();
    const user = await createTestUser("USER");
    token = (await createApiToken(user.id, { name: "tests" })).token;
  });

  const body = (modelName: string, comment: string) =>
    CreateSubmissionSchema.parse({
      benchmark: { task: "Object Detection", dataset: "COCO", subset: "test-dev", metrics: [{ name: "box AP", direction: "HIGHER_IS_BETTER", unit: "" }] },
      paper: { ref: "2005.12872", title: "", authors: "", publishedAt: "" },
      rows: [resultRow(modelName, ["43.1"], { evidence: "Table 1" })],
      comment,
    });

  it("answers 400 naming the fields of a JSON body with a lone surrogate or a NUL byte; nothing is written", async () => {
    // JSON.stringify writes a lone surrogate as the escape "\ud800", as a client's JSON would.
    const sent = JSON.stringify(body("DINO", "x"))
      .replace('"modelName":"DINO"', '"modelName":"DINO \\ud800"')
      .replace('"comment":"x"', '"comment":"a\\u0000b"');
    const { status, body: answer } = await call(submissions, {
      method: "POST",
      path: "/submissions/",
      headers: { authorization: `Token ${token}` },
      body: sent,
    });
    expect(status).toBe(400);
    const error = ApiErrorSchema.parse(answer).error;
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({ "rows.0.modelName": [UNSTORABLE_TEXT_MESSAGE], comment: [UNSTORABLE_TEXT_MESSAGE] });
    expect(await prisma.submission.count()).toBe(0);
  });

  it("answers 400 to a query parameter with a NUL byte", async () => {
    const { status, body: answer } = await call(tasks, { path: "/tasks/", query: { name: "Object\u0000" } });
    expect(status).toBe(400);
    expect(ApiErrorSchema.parse(answer).error).toMatchObject({ code: "invalid_parameter", parameter: "name" });
  });
});
