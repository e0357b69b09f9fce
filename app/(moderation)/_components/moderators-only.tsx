import { forbidden } from "next/navigation";
import { requireUserOrSignIn, type SessionUser } from "@/lib/auth";
import { canModerate } from "@/lib/auth/roles";

/**
 * For every moderation page: the signed-in moderator or admin. Anyone else gets 403 and the page of
 * moderation/forbidden.tsx; anonymous visitors are sent to sign in first. The domain functions check
 * the role again on every write.
 */
export async function requireModerator(path: string): Promise<SessionUser> {
  const viewer = await requireUserOrSignIn(path);
  if (!canModerate(viewer)) forbidden();
  return viewer;
}
