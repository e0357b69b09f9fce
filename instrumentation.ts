// Runs once when the server starts: parsing the environment here makes a deployment without
// AUTH_SECRET stop at start-up with a clear message, not serve errors from its first request on.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("@/lib/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
