import { currentUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { publicUrlOf } from "./public-url";
import { authenticateToken } from "./tokens";

/** A browser's write sent from a page of another site: its Origin is not this site's. */
function isCrossSiteWrite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  return origin !== null && origin !== publicUrlOf(request).origin;
}

/**
 * The id of the user an API request acts as: the owner of the token in its Authorization header
 * (`Token …` or `Bearer …`), else the user signed in to the site, else null (anonymous). An unknown or
 * revoked token is refused (UNAUTHENTICATED), never served as anonymous. A session cookie alone does
 * not carry a write sent from another site's page (FORBIDDEN): that needs a token.
 */
export async function currentApiUserId(request: Request): Promise<string | null> {
  const caller = await authenticateToken(request);
  if (caller) return caller.userId;
  const user = await currentUser();
  if (user && isCrossSiteWrite(request)) {
    throw new AppError("FORBIDDEN", "A write sent from another site's page needs an API token in the Authorization header, not the site's session.");
  }
  return user?.id ?? null;
}
