import { afterEach, describe, expect, it } from "vitest";
import { configuredSiteUrl, siteUrlOf } from "./site-url";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("siteUrlOf", () => {
  afterEach(() => {
    delete process.env.PWC_PROXY_HOPS;
    delete process.env.PORT;
  });

  it("is the address the request was made to, on any port", () => {
    expect(siteUrlOf(headers({ host: "localhost:3950" }))).toBe("http://localhost:3950");
    expect(siteUrlOf(headers({ host: "PWC.example.org" }))).toBe("http://pwc.example.org");
  });

  it("ignores forwarded headers unless PWC_PROXY_HOPS says proxies set them", () => {
    const sent = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(siteUrlOf(sent)).toBe("http://10.0.0.5:3000");
    process.env.PWC_PROXY_HOPS = "1";
    expect(siteUrlOf(sent)).toBe("https://evil.example");
    // Two proxies: the outer one's entry counts, not what the client put before it.
    process.env.PWC_PROXY_HOPS = "2";
    expect(
      siteUrlOf(headers({ host: "app:3000", "x-forwarded-host": "spoofed.example, pwc.example.org, lb.internal", "x-forwarded-proto": "https, https, http" })),
    ).toBe("https://pwc.example.org");
  });

  it("falls back to the configured address for a missing or malformed host", () => {
    process.env.PORT = "3950";
    expect(configuredSiteUrl()).toBe("http://localhost:3950");
    expect(siteUrlOf(headers({ host: "bad host/<script>" }))).toBe("http://localhost:3950");
    expect(siteUrlOf(headers({}), "http://api.test")).toBe("http://api.test");
  });
});
