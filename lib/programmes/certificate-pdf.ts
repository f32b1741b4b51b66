// A programme certificate as an A4 PDF (ADR 28), drawn on the server with
// PDFKit from what the certificate row froze at completion: holder, programme,
// parts, date, issuer and the verification code with its address. The
// standard Helvetica keeps the file small (no embedded font) and its text
// extractable; it covers WinAnsi, which holds Finnish and the other Western
// European letters. A character outside it (a rare letter in a name) is
// written without its accent rather than dropped.
import "server-only";
import PDFDocument from "pdfkit";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { formatCertificateCode } from "./rules";

export type CertificateForPdf = {
  code: string;
  holderName: string;
  programmeTitle: string;
  parts: readonly string[];
  completedOn: Date;
  issuer: string;
};

/** The 27 characters WinAnsi adds to Latin-1 (0x80–0x9F). */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** Text Helvetica's WinAnsi encoding can show: accents stripped where it cannot. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    out += base && [...base].every((c) => c.codePointAt(0)! <= 0xff) ? base : "?";
  }
  return out;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const BRAND = "#0b4f6c";
const TEXT = "#1f2933";

/** The PDF's bytes. */
export async function renderCertificatePdf(
  certificate: CertificateForPdf,
  locale: Locale,
  verifyUrl: string,
): Promise<Buffer> {
  const t = translator(locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: toWinAnsi(`${t("programmes.certificate.title")}: ${certificate.programmeTitle}`),
      Author: toWinAnsi(certificate.issuer),
      Subject: toWinAnsi(certificate.holderName),
    },
    lang: locale,
    displayTitle: true,
    compress: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = A4.width - 2 * MARGIN;
  const text = (value: string) => toWinAnsi(value);
  // A frame that survives printers' margins (≥ 10 mm from the edge).
  doc
    .lineWidth(2)
    .strokeColor(BRAND)
    .rect(32, 32, A4.width - 64, A4.height - 64)
    .stroke();

  doc.font("Helvetica").fontSize(11).fillColor(BRAND).text(text(certificate.issuer), { width, align: "center" });
  doc.moveDown(3);
  doc
    .font("Helvetica-Bold")
    .fontSize(32)
    .fillColor(TEXT)
    .text(text(t("programmes.certificate.title")), {
      width,
      align: "center",
    });
  doc.moveDown(1.5);
  doc
    .font("Helvetica")
    .fontSize(13)
    .text(text(t("programmes.certificate.certifies")), { width, align: "center" });
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(22).text(text(certificate.holderName), { width, align: "center" });
  doc.moveDown(0.6);
  doc
    .font("Helvetica")
    .fontSize(13)
    .text(text(t("programmes.certificate.hasCompleted")), { width, align: "center" });
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(20).fillColor(BRAND).text(text(certificate.programmeTitle), {
    width,
    align: "center",
  });
  doc.moveDown(1.5);

  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor(TEXT)
    .text(text(t("programmes.certificate.parts")), MARGIN + 40);
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(11);
  certificate.parts.forEach((part, index) => {
    doc.text(text(`${index + 1}. ${part}`), MARGIN + 40, undefined, { width: width - 80 });
  });
  doc.moveDown(1.5);
  doc
    .font("Helvetica")
    .fontSize(12)
    .text(
      text(t("programmes.certificate.completedOn", { date: formatDate(certificate.completedOn) })),
      MARGIN,
      undefined,
      {
        width,
        align: "center",
      },
    );

  // The verification block at the foot of the page.
  const footY = A4.height - MARGIN - 70;
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(TEXT)
    .text(text(t("programmes.certificate.verify")), MARGIN, footY, { width, align: "center" });
  doc.font("Helvetica-Bold").fontSize(11).text(formatCertificateCode(certificate.code), { width, align: "center" });
  doc.font("Helvetica").fontSize(9).fillColor(BRAND).text(text(verifyUrl), { width, align: "center", link: verifyUrl });
  doc.end();
  return done;
}
