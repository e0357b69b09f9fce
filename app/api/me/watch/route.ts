import { currentUser } from "@/lib/auth";
import { isWatching } from "@/lib/follow/watches";
import { WATCH_TARGET_KINDS } from "@/lib/validations/follow";

/** A Watch button's state: `?kind=BENCHMARK&id=…`. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const kind = WATCH_TARGET_KINDS.find((known) => known === params.get("kind"));
  const id = params.get("id") ?? "";
  const user = await currentUser();
  const watching = Boolean(user && kind && id && (await isWatching(user.id, kind, id)));
  return Response.json({ signedIn: Boolean(user), watching }, { headers: { "Cache-Control": "private, no-store" } });
}
