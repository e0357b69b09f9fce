// What the front (server.js) believes about where a request comes from. X-Forwarded-* headers are
// whatever a client typed unless a proxy of the deployment wrote them: they count only when
// PWC_PROXY_HOPS says how many proxies stand in front.

/** The request header in which the front hands the client's address to the app; it always overwrites it. */
export const CLIENT_ADDRESS_HEADER = "x-pwc-client-address";

/** How many reverse proxies stand in front of the site, each appending to X-Forwarded-For: none unless told. */
export function proxyHops(value = process.env.PWC_PROXY_HOPS) {
  const hops = Number(value || 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

/** The comma-separated entries of a header, sent once or several times. @param {string | string[] | undefined} header */
export function entriesOf(header) {
  return [header ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** IPv4 as IPv4 ("::ffff:127.0.0.1" is 127.0.0.1), so that one client has one key. @param {string | undefined} address */
function plainAddress(address) {
  return address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") : null;
}

/**
 * The client's address: the socket's when nothing stands in front; behind `hops` proxies, the entry of
 * X-Forwarded-For that the outermost one appended (the entries left of it are what the client claimed).
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} socketAddress
 */
export function clientAddress(headers, socketAddress, hops = proxyHops()) {
  const entries = hops === 0 ? [] : entriesOf(headers["x-forwarded-for"]);
  return plainAddress(entries.length ? entries[Math.max(0, entries.length - hops)] : socketAddress);
}

/**
 * Whether the client's connection is encrypted: TLS to this server, or behind proxies the scheme that the
 * outermost one saw (X-Forwarded-Proto).
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isHttps(headers, isEncrypted, hops = proxyHops()) {
  return Boolean(isEncrypted) || (hops > 0 && entriesOf(headers["x-forwarded-proto"])[0] === "https");
}
