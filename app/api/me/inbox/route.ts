import { currentUser } from "@/lib/auth";
import { countUnreadInbox } from "@/lib/data/inbox";

/** The header's inbox count, read in the browser so that public pages stay the same for everyone. */
export async function GET() {
  const user = await currentUser();
  const body = user ? { signedIn: true, unread: await countUnreadInbox(user.id) } : { signedIn: false, unread: 0 };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
