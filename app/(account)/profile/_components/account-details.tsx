import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ORCID_EMAIL_DOMAIN } from "@/lib/auth/providers";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", orcid: "ORCID" };

const ROLE_NOTES: Record<Role, string> = {
  USER: "You can submit results and follow their review.",
  MODERATOR: "You can review submissions and edit the catalogue.",
  ADMIN: "You can review submissions, edit the catalogue and change roles.",
};

type Details = { email: string; role: Role; createdAt: Date; hasPassword: boolean; providers: string[] };

/** Email, role, member since and sign-in methods: what a user can read but not change here. */
export function AccountDetails({ account }: { account: Details }) {
  const orcidId = account.email.endsWith(`@${ORCID_EMAIL_DOMAIN}`) ? account.email.split("@")[0] : null;
  const methods = [...(account.hasPassword ? ["Email and password"] : []), ...account.providers.map((id) => PROVIDER_NAMES[id] ?? id)];
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr] sm:gap-y-4">
      <dt className="font-medium text-slate-500">{orcidId ? "ORCID iD" : "Email"}</dt>
      <dd className="mb-3 break-all text-slate-900 sm:mb-0">{orcidId ?? account.email}</dd>
      <dt className="font-medium text-slate-500">Role</dt>
      <dd className="mb-3 text-slate-900 sm:mb-0">
        <Badge tone={account.role === "USER" ? "neutral" : "brand"}>{ROLE_LABELS[account.role]}</Badge>
        <p className="mt-1 text-slate-600">{ROLE_NOTES[account.role]}</p>
      </dd>
      <dt className="font-medium text-slate-500">Member since</dt>
      <dd className="mb-3 text-slate-900 sm:mb-0">
        <time dateTime={account.createdAt.toISOString()}>{formatDate(account.createdAt)}</time>
      </dd>
      <dt className="font-medium text-slate-500">Sign-in</dt>
      <dd className="text-slate-900">{methods.join(", ") || "—"}</dd>
    </dl>
  );
}
