import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddressOf } from "./client-address";

const from = (headers: Record<string, string>) => clientAddressOf({ headers: new Headers(headers) });

describe("clientAddressOf", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes the address the one proxy in front appended, not what the client claimed before it", () => {
    expect(from({ "x-forwarded-for": "198.51.100.7" })).toBe("198.51.100.7");
    expect(from({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" })).toBe("203.0.113.9");
  });

  it("counts back as many entries as there are proxies", () => {
    vi.stubEnv("PWC_PROXY_HOPS", "2");
    expect(from({ "x-forwarded-for": "10.0.0.1, 203.0.113.9, 192.0.2.50" })).toBe("203.0.113.9");
    expect(from({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(from({ "x-real-ip": "192.0.2.4" })).toBe("192.0.2.4");
    expect(from({})).toBeNull();
  });
});
