import { AccessDenied } from "@/components/access-denied";
import { currentUser } from "@/lib/auth";
import { ROLE_LABELS } from "@/lib/auth/roles";

/** What a signed-in user who is not an admin sees of any admin page, with a 403. */
export default async function AdminsOnly() {
  const viewer = await currentUser();
  return (
    <AccessDenied title="Admins only">
      Only admins can see users and change roles.
      {viewer && ` You are signed in as ${viewer.email} (${ROLE_LABELS[viewer.role]}).`}
    </AccessDenied>
  );
}
