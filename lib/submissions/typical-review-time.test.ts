import { describe, expect, it } from "vitest";
import { describeWait, medianWait } from "./typical-review-time";

const HOUR = 3_600_000;

describe("typical review time", () => {
  it("says nothing with fewer than five decisions", () => {
    expect(medianWait([HOUR, HOUR, HOUR, HOUR])).toBeNull();
  });

  it("takes the median, so that one forgotten submission does not skew it", () => {
    expect(medianWait([HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 900 * HOUR])).toBe(3 * HOUR);
    expect(medianWait([HOUR, 2 * HOUR, 3 * HOUR, 5 * HOUR, 6 * HOUR, 900 * HOUR])).toBe(4 * HOUR);
  });

  it("reads as plain words", () => {
    expect(describeWait(20 * 60_000)).toBe("within an hour");
    expect(describeWait(1.2 * HOUR)).toBe("about 1 hour");
    expect(describeWait(5 * HOUR)).toBe("about 5 hours");
    expect(describeWait(30 * HOUR)).toBe("about 1 day");
    expect(describeWait(80 * HOUR)).toBe("about 3 days");
  });
});
