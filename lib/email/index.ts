// Email over SMTP (SMTP_URL). Without SMTP_URL outside production the message
// is written to the server log instead, so development needs no mail server.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { countMail } from "@/lib/metrics/registry";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Mail.Attachment[];
  /** A calendar invitation (iMIP): sent as a text/calendar part with its method, and as an .ics attachment. */
  icalEvent?: { method: string; filename: string; content: string };
};

/** Sends one mail or throws; the job worker takes any Mailer (tests give it their own SMTP server). */
export type Mailer = (mail: OutgoingMail) => Promise<void>;

/** Milliseconds; unless SMTP_URL sets its own, as nodemailer reads options from the URL's query. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

/**
 * A transport that gives up well within the job worker's lock time, so a
 * hanging SMTP server makes a job fail and retry instead of running twice.
 */
function createTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_TIMEOUTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return nodemailer.createTransport(url.toString());
}

/** Hands one mail to the SMTP server, counted as sent or failed (pike_mails_*_total of this process). */
async function deliver(transport: Transporter, message: Mail.Options): Promise<void> {
  try {
    await transport.sendMail(message);
  } catch (error) {
    countMail("failed");
    throw error;
  }
  countMail("sent");
}

/** A Mailer for one SMTP server. */
export function smtpMailer(smtpUrl: string, from: string = env().EMAIL_FROM): Mailer {
  const transport = createTransport(smtpUrl);
  return async (mail) => {
    await deliver(transport, { from, ...mail });
  };
}

let transporter: Transporter | undefined;

function transport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  transporter ??= createTransport(url);
  return transporter;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const t = transport();
  if (!t) {
    if (env().NODE_ENV === "production" && !env().DEMO_MODE) {
      countMail("failed");
      throw new Error("SMTP_URL is not configured");
    }
    // Development: show the whole message so links can be followed.
    const attachments = [
      ...(mail.attachments ?? []).map((a) => `[attachment: ${a.filename ?? "unnamed"}]`),
      ...(mail.icalEvent ? [`[calendar ${mail.icalEvent.method}: ${mail.icalEvent.filename}]`] : []),
    ].join("\n");
    process.stdout.write(
      `\n──── email (SMTP_URL not set) ────\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n${attachments}\n─────────────────────────────────\n`,
    );
    return;
  }
  await deliver(t, { from: env().EMAIL_FROM, ...mail });
  log.info({ subject: mail.subject }, "email sent");
}
