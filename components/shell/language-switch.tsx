import { setLocale } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/config";

/** A form, so it works without JavaScript too. */
export function LanguageSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const other: Locale = locale === "fi" ? "en" : "fi";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={ariaLabel}
        className="rounded px-2 py-1.5 text-sm text-white underline underline-offset-2 hover:bg-brand-800"
      >
        {label}
      </button>
    </form>
  );
}
