import { describe, expect, it } from "vitest";
import { isPrivateAddress, refuseWebhookUrl } from "./address-check";

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address }));

describe("isPrivateAddress", () => {
  it("flags loopback, private, link-local and unspecified addresses of both families", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it("lets public addresses through", () => {
    for (const address of ["93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe("refuseWebhookUrl", () => {
  it("refuses a host when any of its addresses is private, and a literal private address", async () => {
    expect(await refuseWebhookUrl("https://hooks.example.org/x", false, resolvesTo("93.184.216.34", "10.0.0.7"))).toMatch(
      /10\.0\.0\.7 of hooks\.example\.org is private/,
    );
    expect(await refuseWebhookUrl("http://127.0.0.1:8080/hook", false)).toMatch(/127\.0\.0\.1/);
    expect(await refuseWebhookUrl("http://[::1]:8080/hook", false)).toMatch(/::1/);
    expect(await refuseWebhookUrl("http://localhost/hook", false, resolvesTo("127.0.0.1", "::1"))).toMatch(/private or loopback/);
  });

  it("accepts a public host, and anything when the deployment allows private addresses", async () => {
    expect(await refuseWebhookUrl("https://hooks.example.org/x", false, resolvesTo("93.184.216.34", "2606:4700::1111"))).toBeNull();
    expect(await refuseWebhookUrl("http://127.0.0.1:8080/hook", true)).toBeNull();
  });

  it("refuses a host that does not resolve, and other schemes", async () => {
    const fails = async () => {
      throw new Error("ENOTFOUND");
    };
    expect(await refuseWebhookUrl("https://nowhere.invalid/x", false, fails)).toMatch(/could not be resolved/);
    expect(await refuseWebhookUrl("ftp://example.org/x", true)).toMatch(/http/);
  });
});
