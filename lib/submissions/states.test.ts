import { describe, expect, it } from "vitest";
import { canTransition } from "./states";

describe("submission states", () => {
  it("lets moderators decide only pending submissions", () => {
    expect(canTransition("approve", "PENDING")).toBe(true);
    expect(canTransition("approve", "APPROVED")).toBe(false);
    expect(canTransition("reject", "WITHDRAWN")).toBe(false);
    expect(canTransition("request_changes", "CHANGES_REQUESTED")).toBe(false);
  });
  it("retracts only what was approved, and resubmits only what needs changes", () => {
    expect(canTransition("retract", "APPROVED")).toBe(true);
    expect(canTransition("retract", "PENDING")).toBe(false);
    expect(canTransition("resubmit", "CHANGES_REQUESTED")).toBe(true);
    expect(canTransition("withdraw", "PENDING")).toBe(true);
    expect(canTransition("withdraw", "APPROVED")).toBe(false);
  });
});
