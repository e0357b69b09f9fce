import { describe, expect, it } from "vitest";
import { formatDate, isoDay, plural } from "./format";

describe("format", () => {
  it("writes dates in UTC and an em dash when unknown", () => {
    expect(formatDate(new Date("2017-08-14T00:00:00Z"))).toBe("14 Aug 2017");
    expect(formatDate(null)).toBe("—");
    expect(isoDay(new Date("2017-08-14T23:00:00Z"))).toBe("2017-08-14");
  });
  it("pluralises counts", () => {
    expect(plural(1, "result")).toBe("1 result");
    expect(plural(1200, "result")).toBe("1,200 results");
  });
});
