import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, RENDER_NONCE, replaceRenderNonce, sealCachedPage } from "./security-headers.js";

/** A stand-in for ServerResponse: what was written, in order, and its content type. */
function fakeResponse(contentType: string) {
  const written: Buffer[] = [];
  const response = {
    getHeader: () => contentType,
    write(chunk: Buffer) {
      written.push(Buffer.from(chunk));
      return true;
    },
    end(chunk?: Buffer | (() => void)) {
      if (chunk && typeof chunk !== "function") written.push(Buffer.from(chunk));
    },
  };
  return { response, body: () => Buffer.concat(written).toString() };
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("replaceRenderNonce", () => {
  it("puts the response's nonce where the render's was, even split across writes", () => {
    const nonce = newNonce();
    const { response, body } = fakeResponse("text/html; charset=utf-8");
    replaceRenderNonce(response as never, nonce);
    const html = `<script nonce="${RENDER_NONCE}">a()</script><p>é</p><script nonce="${RENDER_NONCE}" src="/x.js"></script>`;
    const cut = html.indexOf(RENDER_NONCE) + 7;
    response.write(Buffer.from(html.slice(0, cut)));
    response.write(Buffer.from(html.slice(cut, cut + 40)));
    response.end(Buffer.from(html.slice(cut + 40)));
    expect(body()).toBe(html.replaceAll(RENDER_NONCE, nonce));
    expect(nonce).toHaveLength(RENDER_NONCE.length);
  });

  it("leaves other responses alone", () => {
    const { response, body } = fakeResponse("application/json");
    replaceRenderNonce(response as never, newNonce());
    response.end(Buffer.from(`{"a":"${RENDER_NONCE}"}`));
    expect(body()).toContain(RENDER_NONCE);
  });
});

describe("sealCachedPage", () => {
  it("hashes the inline scripts Next.js rendered, not a script that got in otherwise, and drops the render's nonce", () => {
    const html = `<script nonce="${RENDER_NONCE}">self.__next_f.push([1,"x"])</script><script>alert(1)</script><script nonce="${RENDER_NONCE}" src="/a.js"></script>`;
    const sealed = sealCachedPage(Buffer.from(html));
    expect(sealed.scriptSources).toEqual([sha256('self.__next_f.push([1,"x"])')]);
    expect(sealed.body.toString()).not.toContain(RENDER_NONCE);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts from the site and the sources given, frames from nowhere; https upgrades", () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"], false);
    expect(policy).toContain("script-src 'self' 'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy([], true)).toContain("upgrade-insecure-requests");
  });
});
