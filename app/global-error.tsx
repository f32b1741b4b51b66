"use client";
// What the root layouts throw (the (site) layout reads the session and the
// language; if that fails, app/(site)/error.tsx is inside what failed). This
// replaces the whole document, so the language is unknown: Finnish first,
// English below, as in global-not-found.tsx.
import messages from "@/lib/i18n/messages/errors";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" && error !== null && typeof (error as { digest?: unknown }).digest === "string"
      ? (error as { digest: string }).digest
      : null;
  const { fi, en } = messages;
  return (
    <html lang="fi">
      <body>
        <title>{`${fi["error.title"]} – ${en["error.title"]}`}</title>
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
          <div role="alert" className="space-y-4">
            <h1 className="text-3xl font-bold text-brand-900">{fi["error.title"]}</h1>
            <p className="text-lg">{fi["error.body"]}</p>
            <div lang="en" className="space-y-3 border-t border-gray-300 pt-4">
              <h2 className="text-2xl font-bold text-brand-900">{en["error.title"]}</h2>
              <p>{en["error.body"]}</p>
            </div>
          </div>
          {digest ? (
            <p className="text-sm text-gray-700">
              {fi["error.reference"].replace("{digest}", digest)}
              {" · "}
              <span lang="en">{en["error.reference"].replace("{digest}", digest)}</span>
            </p>
          ) : null}
          <button
            type="button"
            onClick={retry}
            className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {fi["error.retry"]} <span lang="en">/ {en["error.retry"]}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
