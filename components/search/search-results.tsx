import Link from "next/link";
import { formatDate, isoInstant } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { SearchHit } from "@/lib/search/data";

/** Hits with their snippets; marked parts are <mark> elements, never injected HTML. */
export function SearchResults({ hits, t }: { hits: SearchHit[]; t: Translate }) {
  return (
    <ol className="space-y-4">
      {hits.map((hit, index) => (
        <li key={`${hit.href}-${hit.kind}-${index}`} className="break-words rounded border border-gray-300 p-4">
          <p className="text-sm font-semibold text-gray-700">
            {t(`search.kind.${hit.kind}`)} ·{" "}
            <time dateTime={isoInstant(hit.meetingStartsAt)}>{formatDate(hit.meetingStartsAt)}</time>
          </p>
          <h2 className="text-xl font-bold text-brand-900">
            <Link href={hit.href}>
              {hit.meetingTitle}
              {hit.title ? `: ${hit.title}` : ""}
            </Link>
          </h2>
          <p className="mt-1">
            {hit.snippet.map((segment, i) =>
              segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
