import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SignInSchema, SignUpSchema } from "./auth";

function fieldErrors(result: { error?: z.ZodError }): Record<string, string[] | undefined> {
  return result.error ? z.flattenError(result.error).fieldErrors : {};
}

describe("SignUpSchema", () => {
  it("accepts a good sign-up, trimming the name and lower-casing the email", () => {
    expect(SignUpSchema.parse({ name: "  Ada Lovelace ", email: " Ada@Example.ORG ", password: "analytical-engine" })).toEqual({
      name: "Ada Lovelace",
      email: "ada@example.org",
      password: "analytical-engine",
    });
  });

  it("names each wrong field", () => {
    const errors = fieldErrors(SignUpSchema.safeParse({ name: " ", email: "ada@", password: "short" }));
    expect(errors.name).toEqual(["Enter your name"]);
    expect(errors.email).toEqual(["Enter a valid email address, like ada@example.org"]);
    expect(errors.password).toEqual(["Use at least 10 characters"]);
  });
});

describe("SignInSchema", () => {
  it("checks any non-empty password, whatever its length", () => {
    expect(SignInSchema.safeParse({ email: "ada@example.org", password: "x" }).success).toBe(true);
    expect(fieldErrors(SignInSchema.safeParse({ email: "ada@example.org", password: "" })).password).toEqual(["Enter your password"]);
  });
});
