import { Badge } from "@/components/ui/badge";
import type { HttpMethod } from "@/lib/api/openapi";

/** GET in the brand's colour, writes in amber: a write changes something. */
export function MethodBadge({ method }: { method: HttpMethod }) {
  return <Badge tone={method === "get" ? "brand" : "amber"}>{method.toUpperCase()}</Badge>;
}
