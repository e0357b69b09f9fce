import { describe, expect, it } from "vitest";
import { isDecodableAction, isForeignOrigin } from "./action-requests.js";

describe("isForeignOrigin", () => {
  it("compares the Origin's host with the host the request was sent to", () => {
    expect(isForeignOrigin({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(isForeignOrigin({ origin: "https://pwc.example.org", host: "10.0.0.2:3000", "x-forwarded-host": "pwc.example.org" })).toBe(false);
    expect(isForeignOrigin({ origin: "https://evil.example", host: "localhost:3000" })).toBe(true);
    expect(isForeignOrigin({ origin: "null", host: "localhost:3000" })).toBe(true);
    expect(isForeignOrigin({ host: "localhost:3000" })).toBe(false);
  });
});

describe("isDecodableAction", () => {
  const action = (contentType: string) => ({ "next-action": "7f00", "content-type": contentType });
  const multipart = (root: string) =>
    Buffer.from(
      `--WebKitFormBoundaryE2e\r\nContent-Disposition: form-data; name="0"\r\n\r\n${root}\r\n--WebKitFormBoundaryE2e\r\nContent-Disposition: form-data; name="1_email"\r\n\r\na@b.org\r\n--WebKitFormBoundaryE2e--\r\n`,
    );

  it("takes what React sends: JSON as text, or form data whose root is JSON", async () => {
    expect(await isDecodableAction(action("text/plain;charset=UTF-8"), Buffer.from('[{"email":"a@b.org"},"/"]'))).toBe(true);
    expect(await isDecodableAction(action("multipart/form-data; boundary=WebKitFormBoundaryE2e"), multipart('["$K1"]'))).toBe(true);
    expect(await isDecodableAction({ "content-type": "multipart/form-data; boundary=WebKitFormBoundaryE2e" }, multipart("plain form"))).toBe(true);
  });

  it("refuses what Next.js could not decode", async () => {
    expect(await isDecodableAction(action("text/plain;charset=UTF-8"), Buffer.from("garbage{"))).toBe(false);
    expect(await isDecodableAction(action("application/octet-stream"), Buffer.from("[]"))).toBe(false);
    expect(await isDecodableAction(action("multipart/form-data; boundary=WebKitFormBoundaryE2e"), Buffer.from("--WebKitFormBoundaryE2e\r\nbroken"))).toBe(
      false,
    );
    expect(await isDecodableAction(action("multipart/form-data; boundary=WebKitFormBoundaryE2e"), multipart("{not json"))).toBe(false);
  });
});
