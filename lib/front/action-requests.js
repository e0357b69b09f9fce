// Server actions checked before Next.js sees them. Next.js answers 500 to an action from another origin
// and to a body it cannot decode; here they get 403 and 400, and Next.js a body it can decode.
import { IncomingMessage } from "node:http";
import { entriesOf } from "./proxy-trust.js";

// Next.js's own limit for an action's body (serverActions.bodySizeLimit).
const MAX_BODY_BYTES = 1024 * 1024;

/** A POST to a page: a server action (fetch or form); the API and Auth.js have their own rules. */
export function isActionRequest(request) {
  return request.method === "POST" && !(request.url ?? "").startsWith("/api/");
}

function firstOf(header) {
  return entriesOf(header)[0];
}

/** True when the browser says the action comes from another site than the one it was sent to. */
export function isForeignOrigin(headers) {
  const origin = firstOf(headers.origin);
  if (origin === undefined) return false; // Not a browser (browsers always send it with a POST): no cookies of a victim.
  const host = firstOf(headers["x-forwarded-host"]) ?? firstOf(headers.host);
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether Next.js can decode an action's body: React sends JSON as text/plain, or multipart form data
 * whose root field ("0") is JSON; a form posted without JavaScript is multipart form data.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {Buffer} body
 */
export async function isDecodableAction(headers, body) {
  const contentType = firstOf(headers["content-type"]) ?? "";
  const isFetchAction = headers["next-action"] !== undefined;
  if (/^multipart\/form-data/i.test(contentType)) {
    try {
      const form = await new Request("http://front.invalid/", {
        method: "POST",
        headers: { "content-type": String(headers["content-type"]) },
        body,
      }).formData();
      const root = form.get("0");
      return !isFetchAction || typeof root !== "string" || isJson(root);
    } catch {
      return false;
    }
  }
  if (!isFetchAction) return true; // Not an action: Next.js renders the page.
  return /^text\/plain/i.test(contentType) && isJson(body.toString("utf8"));
}

/** The body, or null past Next.js's limit. */
export async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The request again, its body read already, for Next.js to read. */
export function replayRequest(request, body) {
  const replay = new IncomingMessage(request.socket);
  for (const key of ["method", "url", "headers", "rawHeaders", "httpVersion", "httpVersionMajor", "httpVersionMinor"]) replay[key] = request[key];
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}
