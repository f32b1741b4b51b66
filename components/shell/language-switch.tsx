import type { Locale } from "@/lib/i18n/config";

/**
 * A plain form post (POST /api/locale, lib/i18n/switch.ts): it works without
 * JavaScript, and the answer is a fresh load of the same page in the other
 * language. The visible text, in the other language (and marked so), is the
 * whole accessible name: a voice-control user says what they see (WCAG 2.5.3
 * Label in Name).
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const other: Locale = locale === "fi" ? "en" : "fi";
  return (
    <form method="post" action="/api/locale">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded px-2 py-1.5 text-sm text-white underline underline-offset-2 hover:bg-brand-800"
      >
        {label}
      </button>
    </form>
  );
}
