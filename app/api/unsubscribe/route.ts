import { setDigestFrequency } from "@/lib/follow/digests";
import { verifyUnsubscribeToken } from "@/lib/follow/unsubscribe-token";

/** RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the digest's List-Unsubscribe address. */
export async function POST(request: Request) {
  const userId = verifyUnsubscribeToken(new URL(request.url).searchParams.get("token") ?? "");
  if (!userId) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 400 });
  await setDigestFrequency(userId, "OFF");
  return Response.json({ unsubscribed: true });
}
