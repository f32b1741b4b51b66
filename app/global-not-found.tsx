import type { Metadata } from "next";
import Link from "next/link";
import { translator } from "@/lib/i18n/translate";
import { ICONS } from "@/lib/site/metadata";
import "./globals.css";

// Unmatched URLs (two root layouts mean no shared not-found page). Static, in
// Finnish with English below.
const fi = translator("fi");
const en = translator("en");

export const metadata: Metadata = { title: `${fi("notFound.title")} – ${fi("app.name")}`, icons: ICONS };

export default function GlobalNotFound() {
  return (
    <html lang="fi">
      <body>
        <main data-error-state="not-found" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
          <h1 className="text-3xl font-bold text-brand-900">{fi("notFound.title")}</h1>
          <p className="text-lg">{fi("notFound.body")}</p>
          <p>
            <Link href="/">{fi("notFound.home")}</Link>
          </p>
          <div lang="en" className="space-y-3 border-t border-gray-300 pt-6">
            <h2 className="text-2xl font-bold text-brand-900">{en("notFound.title")}</h2>
            <p>{en("notFound.body")}</p>
            <p>
              <Link href="/">{en("notFound.home")}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
