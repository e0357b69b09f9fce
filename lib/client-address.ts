import { CLIENT_ADDRESS_HEADER } from "@/lib/front/proxy-trust.js";

/**
 * The address a limit counts against, as the front (server.js) worked it out from the socket and
 * PWC_PROXY_HOPS (lib/front/proxy-trust.js); it overwrites the header on every request, so a client cannot
 * choose it. Null without the front (`next dev`): every such caller shares one counter.
 */
export function clientAddressOf(request: Pick<Request, "headers">): string | null {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || null;
}
