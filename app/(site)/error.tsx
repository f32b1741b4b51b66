"use client";
// Client component by necessity (error boundaries are). The texts are in both
// languages because the catalogue lives on the server; the document's lang
// tells which one the page is in.
import { useEffect, useState } from "react";
import { catalogues } from "@/lib/i18n/translate";
import { isLocale } from "@/lib/i18n/config";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [locale, setLocale] = useState<"fi" | "en">("fi");
  useEffect(() => {
    const lang = document.documentElement.lang;
    if (isLocale(lang)) setLocale(lang);
  }, []);
  const m = catalogues[locale];
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{m["error.title"]}</h1>
      <p className="max-w-2xl text-lg">{m["error.body"]}</p>
      {error.digest ? <p className="text-sm text-gray-700">{m["error.reference"].replace("{digest}", error.digest)}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {m["error.retry"]}
      </button>
    </div>
  );
}
