import { currentUser } from "@/lib/auth";

/**
 * The id of the user an API request acts as, or null when anonymous. For now the session's user;
 * API tokens (Authorization: Bearer) will be read here, so that every route gets them at once.
 */
export async function currentApiUserId(request: Request): Promise<string | null> {
  void request;
  return (await currentUser())?.id ?? null;
}
