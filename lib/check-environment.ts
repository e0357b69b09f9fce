// Imported at server start (instrumentation.ts): parsing the environment here makes a deployment
// without AUTH_SECRET stop at start-up with a clear message, instead of failing its first sign-in.
export {};

try {
  await import("@/lib/env");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
