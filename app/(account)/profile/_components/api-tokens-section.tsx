import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listApiTokens } from "@/lib/api/tokens";
import { formatDate } from "@/lib/format";
import { CreateApiTokenForm } from "./create-api-token-form";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

/** The user's personal API tokens: what each is called and when it was used, revoke, create. */
export async function ApiTokensSection({ userId }: { userId: string }) {
  const tokens = await listApiTokens(userId);
  return (
    <Card title="API tokens">
      <p className="mb-4 text-sm text-slate-600">
        A token lets your scripts call the <Link href="/api">API</Link> as you: send it as{" "}
        <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.8125rem]">Authorization: Token …</code>. Reading needs no token. Keep tokens secret, and
        revoke one you no longer use.
      </p>
      {tokens.length === 0 ? (
        <p className="mb-4 text-sm text-slate-500">You have no tokens.</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Your API tokens">
          {tokens.map((token) => (
            <li key={token.id} data-testid="api-token" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="font-medium break-words text-slate-900">{token.name}</p>
                <p className="text-slate-500">
                  <code className="text-slate-700">{token.prefix}…</code> · created {formatDate(token.createdAt)} ·{" "}
                  {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}
                </p>
              </div>
              <RevokeApiTokenButton tokenId={token.id} name={token.name} />
            </li>
          ))}
        </ul>
      )}
      <CreateApiTokenForm />
    </Card>
  );
}
