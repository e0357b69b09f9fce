/**
 * How many reverse proxies in front of the site append the address they see to X-Forwarded-For. The
 * entries left of theirs are whatever the client sent, and anyone can send any.
 */
function proxyHops(): number {
  const hops = Number(process.env.PWC_PROXY_HOPS ?? "1");
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * The address a limit counts against: the entry of X-Forwarded-For that the outermost of PWC_PROXY_HOPS
 * proxies appended (Next.js itself sets the header to the socket's address when no proxy did), else
 * X-Real-IP.
 */
export function clientAddressOf(request: Pick<Request, "headers">): string | null {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries[Math.max(0, entries.length - proxyHops())] || request.headers.get("x-real-ip") || null;
}
