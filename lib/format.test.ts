import { describe, expect, it } from "vitest";
import { formatAge, formatDate, formatTimeAgo, isoDay, plural } from "./format";

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
  it("says how long ago in the largest whole unit", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    expect(formatAge(new Date("2026-12-10T11:59:30Z"), now)).toBe("just now");
    expect(formatAge(new Date("2026-12-10T10:30:00Z"), now)).toBe("1 hour");
    expect(formatAge(new Date("2026-12-07T12:00:00Z"), now)).toBe("3 days");
  });
  it("says how long ago without doubling 'ago' on just now", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    expect(formatTimeAgo(new Date("2026-12-10T11:59:30Z"), now)).toBe("just now");
    expect(formatTimeAgo(new Date("2026-12-10T13:00:00Z"), now)).toBe("just now");
    expect(formatTimeAgo(new Date("2026-12-10T11:58:00Z"), now)).toBe("2 minutes ago");
    expect(formatTimeAgo(new Date("2026-12-07T12:00:00Z"), now)).toBe("3 days ago");
  });
});
