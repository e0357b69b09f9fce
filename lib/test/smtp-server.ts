import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A mail as the test SMTP server received it. */
export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; messageId?: string; listUnsubscribe?: string };

/**
 * For tests only: an SMTP server on loopback that accepts every mail (no TLS, no login) and hands
 * each one, parsed, to `onMail`. Port 0 picks a free port.
 */
export async function startTestSmtpServer(port: number, onMail: (mail: ReceivedMail) => unknown) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    async onData(stream, session, callback) {
      try {
        const parsed = await simpleParser(stream);
        await onMail({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          messageId: parsed.messageId,
          listUnsubscribe: parsed.headerLines.find((line) => line.key === "list-unsubscribe")?.line.replace(/^List-Unsubscribe:\s*/i, ""),
        });
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
