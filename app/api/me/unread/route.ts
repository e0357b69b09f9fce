import { currentUser } from "@/lib/auth";
import { countUnreadDecisions } from "@/lib/data/submissions";

/** The header's unread-decision count, read in the browser so that public pages stay the same for everyone. */
export async function GET() {
  const user = await currentUser();
  const count = user ? await countUnreadDecisions(user.id) : 0;
  return Response.json({ count }, { headers: { "Cache-Control": "private, no-store" } });
}
