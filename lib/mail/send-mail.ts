import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** A plain-text mail to one person. */
export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string>; messageId?: string };

let transport: Transporter | undefined;

/**
 * Sends a mail through the SMTP server SMTP_URL names, from MAIL_FROM. Without SMTP_URL (development,
 * the demo) nothing is sent: the mail is printed to the server's console, where a developer reads it.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    console.info(
      `[mail] SMTP_URL is not set, so this mail was not sent; here it is instead:\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end`,
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
}
