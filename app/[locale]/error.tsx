"use client";
// Error boundaries are client components; their texts come from a small
// catalogue area of their own, in the language of the document.
import { useSyncExternalStore } from "react";
import messages from "@/lib/i18n/messages/errors";

const documentLang = () => (document.documentElement.lang === "en" ? "en" : "fi");

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(
    () => () => {},
    documentLang,
    () => "fi" as const,
  );
  const m = messages[locale];
  return (
    <div role="alert" data-error-state="error" className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{m["error.title"]}</h1>
      <p className="max-w-2xl text-lg">{m["error.body"]}</p>
      {error.digest ? (
        <p className="text-sm text-gray-700">{m["error.reference"].replace("{digest}", error.digest)}</p>
      ) : null}
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
