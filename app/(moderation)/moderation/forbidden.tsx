import { AccessDenied } from "@/components/access-denied";
import { currentUser } from "@/lib/auth";
import { ROLE_LABELS } from "@/lib/auth/roles";

/** What a signed-in user who is not a moderator sees of any moderation page, with a 403. */
export default async function ModeratorsOnly() {
  const viewer = await currentUser();
  return (
    <AccessDenied title="Moderators only">
      Reviewing submissions and editing the catalogue is for moderators and admins.
      {viewer && ` You are signed in as ${viewer.email} (${ROLE_LABELS[viewer.role]}).`}
    </AccessDenied>
  );
}
