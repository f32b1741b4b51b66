// Email over SMTP (SMTP_URL). Without SMTP_URL outside production the message
// is written to the server log instead, so development needs no mail server.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Mail.Attachment[];
};

let transporter: Transporter | undefined;

function transport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const t = transport();
  if (!t) {
    if (env().NODE_ENV === "production" && !env().DEMO_MODE) {
      throw new Error("SMTP_URL is not configured");
    }
    // Development: show the whole message so links can be followed.
    process.stdout.write(
      `\n──── email (SMTP_URL not set) ────\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n─────────────────────────────────\n`,
    );
    return;
  }
  await t.sendMail({ from: env().EMAIL_FROM, ...mail });
  log.info({ subject: mail.subject }, "email sent");
}
