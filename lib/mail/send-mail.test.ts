import { afterEach, describe, expect, it, vi } from "vitest";
import { sendMail } from "./send-mail";

// lib/env reads the environment when first imported: no SMTP server configured.
vi.hoisted(() => delete process.env.SMTP_URL);

afterEach(() => vi.restoreAllMocks());

describe("sendMail without SMTP_URL", () => {
  it("prints the mail to the server's console and says it was not sent", async () => {
    const printed: string[] = [];
    vi.spyOn(console, "info").mockImplementation((line: string) => void printed.push(line));
    await sendMail({ to: "ada@example.org", subject: "Hello", text: "The body" });
    expect(printed.join("\n")).toMatch(/SMTP_URL is not set, so this mail was not sent[\s\S]*To: ada@example.org[\s\S]*Subject: Hello[\s\S]*The body/);
  });
});
