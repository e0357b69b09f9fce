// The SMTP server the browser tests' site sends its mail to (playwright.config.ts starts it): every
// mail received is written as JSON to data/e2e-mail/, where e2e/fixtures/mail.ts finds it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { startTestSmtpServer } from "../lib/test/smtp-server";

const E2E_MAIL_DIR = path.resolve("data/e2e-mail");

const port = Number(process.env.SMTP_PORT);
rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
mkdirSync(E2E_MAIL_DIR, { recursive: true });
await startTestSmtpServer(port, (mail) => {
  writeFileSync(path.join(E2E_MAIL_DIR, `${Date.now()}-${randomUUID()}.json`), JSON.stringify(mail));
});
console.log(`e2e SMTP server on 127.0.0.1:${port}, mail in ${E2E_MAIL_DIR}`);
