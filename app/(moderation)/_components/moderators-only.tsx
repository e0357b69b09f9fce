import { AccessDenied } from "@/components/access-denied";
import { requireUserOrSignIn, type SessionUser } from "@/lib/auth";
import { canModerate, ROLE_LABELS } from "@/lib/auth/roles";

/**
 * For every moderation page: the signed-in moderator or admin, or the page to show instead (anonymous
 * visitors are sent to sign in first). The domain functions check the role again on every write.
 */
export async function moderatorOrDenial(path: string): Promise<{ viewer: SessionUser; denial: null } | { viewer: null; denial: React.ReactElement }> {
  const viewer = await requireUserOrSignIn(path);
  if (canModerate(viewer)) return { viewer, denial: null };
  return {
    viewer: null,
    denial: (
      <AccessDenied title="Moderators only">
        Reviewing submissions and editing the catalogue is for moderators and admins. You are signed in as {viewer.email} (
        {ROLE_LABELS[viewer.role]}).
      </AccessDenied>
    ),
  };
}
