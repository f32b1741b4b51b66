// The page the outage gate answers while the database is away: plain HTML
// with its styles inline and no script, so it needs nothing from the app, in
// the reader's language first and the other one below (WCAG 3.1.2: each part
// carries its lang). It does not reload itself (WCAG 2.2.1); data-error-state
// names it for the route-coverage check of the e2e tests.
import messages from "@/lib/i18n/messages/errors";
import type { Locale } from "@/lib/i18n/config";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function section(locale: Locale, path: string, first: boolean): string {
  const m = messages[locale];
  const heading = first ? "h1" : "h2";
  return `<section lang="${locale}">
<${heading}>${escape(m["unavailable.title"])}</${heading}>
<p>${escape(m["unavailable.body"])}</p>
<p><a href="${escape(path)}">${escape(m["unavailable.retry"])}</a></p>
</section>`;
}

/** The whole document; `path` is the page asked for (the reload link goes back to it). */
export function outagePage(locale: Locale, path: string): string {
  const other: Locale = locale === "fi" ? "en" : "fi";
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(messages[locale]["unavailable.title"])} – PiKe-portaali</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#111827;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1,h2{color:#1e3a5f;line-height:1.25}
h1{font-size:1.75rem}h2{font-size:1.25rem;margin-top:2.5rem}
a{color:#1d4ed8;text-decoration:underline}
a:focus{outline:3px solid #1d4ed8;outline-offset:2px}
</style>
</head>
<body>
<main data-error-state="unavailable">
${section(locale, path, true)}
${section(other, path, false)}
</main>
</body>
</html>
`;
}
