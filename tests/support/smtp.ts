// A real SMTP server for end-to-end tests: every message it receives is
// parsed and written as JSON to a folder the tests read.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** text/calendar parts (an iMIP invitation's) and .ics attachments among them; `method` from the Content-Type. */
  attachments: { filename?: string; contentType: string; method: string | null; content: string }[];
  receivedAt: string;
};

/** A parameter of a parsed Content-Type header (mailparser gives `{ value, params }`). */
function contentTypeParam(header: unknown, name: string): string | null {
  const params = typeof header === "object" && header !== null ? (header as { params?: unknown }).params : undefined;
  const value = typeof params === "object" && params !== null ? (params as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" ? value.toUpperCase() : null;
}

export async function startSmtpServer(dir: string, port = 0) {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const captured: CapturedMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            attachments: mail.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              method: contentTypeParam(a.headers.get("content-type"), "method"),
              content: a.content.toString("utf8"),
            })),
            receivedAt: new Date().toISOString(),
          };
          writeFileSync(path.join(dir, `${Date.now()}-${n++}.json`), JSON.stringify(captured, null, 2));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Mails captured so far for a recipient, oldest first. */
export function mailsTo(dir: string, recipient: string): CapturedMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as CapturedMail)
    .filter((m) => m.to.includes(recipient.toLowerCase()));
}
