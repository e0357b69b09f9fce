import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button-link";
import { unsubscribeDigest } from "@/lib/actions/set-digest";
import { getDigestFrequency } from "@/lib/data/inbox";
import { verifyUnsubscribeToken } from "@/lib/follow/unsubscribe-token";

export const metadata: Metadata = { title: "Stop e-mail digests", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The digest's link: works signed out (the token is signed); one button, so that a link scanner stops nobody's mail. */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const userId = verifyUnsubscribeToken(value);
  const frequency = userId ? await getDigestFrequency(userId) : null;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="E-mail digests" />
      <Card>
        {!userId && <p>This unsubscribe link is not valid. Sign in and choose on your inbox page instead.</p>}
        {frequency === "OFF" && <p data-testid="unsubscribed">You will get no more digest e-mails. Your inbox on the site still fills.</p>}
        {userId && frequency !== "OFF" && (
          <form action={unsubscribeDigest} className="space-y-4">
            <p>Stop the {frequency === "WEEKLY" ? "weekly" : "daily"} e-mail digest of what you watch?</p>
            <input type="hidden" name="token" value={value} />
            <button type="submit" className={buttonClass.primary}>
              Stop digest e-mails
            </button>
          </form>
        )}
      </Card>
    </div>
  );
}
