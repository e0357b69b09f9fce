import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddressOf } from "./client-address";
import { CLIENT_ADDRESS_HEADER, clientAddress, isHttps, proxyHops } from "./front/proxy-trust.js";

describe("clientAddress (the front)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes the socket's address by default, whatever X-Forwarded-For claims", () => {
    expect(proxyHops()).toBe(0);
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, "192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddress({ "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` }, "::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddress({}, "2001:db8::1")).toBe("2001:db8::1");
  });

  it("behind one proxy, takes the entry it appended, not what the client claimed before it", () => {
    vi.stubEnv("PWC_PROXY_HOPS", "1");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, "10.0.0.2")).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }, "10.0.0.2")).toBe("203.0.113.9");
    expect(clientAddress({}, "10.0.0.2")).toBe("10.0.0.2");
  });

  it("counts back as many entries as there are proxies", () => {
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.9, 192.0.2.50" }, "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1", "203.0.113.9, 192.0.2.50"] }, "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, "10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("reads a bad PWC_PROXY_HOPS as none", () => {
    expect(proxyHops("two")).toBe(0);
    expect(proxyHops("-1")).toBe(0);
    expect(proxyHops("3")).toBe(3);
  });
});

describe("isHttps", () => {
  it("trusts X-Forwarded-Proto only behind a proxy", () => {
    expect(isHttps({ "x-forwarded-proto": "https" }, false, 0)).toBe(false);
    expect(isHttps({ "x-forwarded-proto": "https" }, false, 1)).toBe(true);
    expect(isHttps({ "x-forwarded-proto": "http" }, false, 1)).toBe(false);
    expect(isHttps({}, true, 0)).toBe(true);
  });
});

describe("clientAddressOf (the app)", () => {
  it("reads the address the front wrote, and nothing else", () => {
    expect(clientAddressOf({ headers: new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.4" }) })).toBe("192.0.2.4");
    expect(clientAddressOf({ headers: new Headers({ "x-forwarded-for": "192.0.2.4", "x-real-ip": "192.0.2.5" }) })).toBeNull();
  });
});
