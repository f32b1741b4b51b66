"use client";
// "Verkostot sinulle" on the cached networks list (ADR 17): the reader's own
// suggestions are asked from /api/me/network-suggestions in the browser, so
// the shared page carries nothing personal. Nothing shows while asking, when
// signed out, or when nothing fits (the full list follows anyway).
import Link from "next/link";
import { useEffect, useState } from "react";
import { translateWith, type FormText } from "@/components/forms/form-parts";
import { TEXT_LOCALE_KEY } from "@/lib/i18n/config";
import type { NetworkSuggestion } from "@/lib/networks/suggestions/data";

export function NetworkSuggestions({ text }: { text: FormText }) {
  const [suggestions, setSuggestions] = useState<NetworkSuggestion[]>([]);
  useEffect(() => {
    let live = true;
    fetch("/api/me/network-suggestions", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<{ suggestions: NetworkSuggestion[] }>) : null))
      .then((body) => {
        if (live && body) setSuggestions(body.suggestions);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (suggestions.length === 0) return null;
  const t = translateWith(text);
  const english = text[TEXT_LOCALE_KEY] === "en";
  return (
    <section aria-labelledby="verkostot-sinulle" className="mb-8 rounded border-2 border-brand-800 p-4">
      <h2 id="verkostot-sinulle" className="text-xl font-bold text-brand-900">
        {t("networkSuggestions.title")}
      </h2>
      <p className="mb-3">{t("networkSuggestions.lead")}</p>
      <ul className="space-y-3">
        {suggestions.map((s) => {
          const region = s.region ? t(`libraries.region.${s.region}`) : "";
          return (
            <li key={s.slug}>
              <Link href={`/verkostot/${s.slug}`} className="font-semibold">
                {s.name}
              </Link>
              <ul className="list-disc pl-6 text-sm">
                {s.regionLibraries > 0 ? (
                  <li>
                    {s.regionLibraries === 1
                      ? t("networkSuggestions.regionLibrary", { region })
                      : t("networkSuggestions.regionLibraries", { count: s.regionLibraries, region })}
                  </li>
                ) : null}
                {s.themes.length > 0 ? (
                  <li>
                    {t("networkSuggestions.themes", {
                      themes: s.themes.map((theme) => (english ? theme.en : theme.fi)).join(", "),
                    })}
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
