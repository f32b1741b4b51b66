import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/**
 * Previous and next page of a long list, as links (they work without
 * JavaScript and can be shared). `hrefFor` builds a page's address with the
 * list's filters kept.
 */
export function Pager({
  page,
  hasNext,
  hrefFor,
  label,
  t,
}: {
  page: number;
  hasNext: boolean;
  hrefFor: (page: number) => string;
  /** The navigation's name where a page has more than one list. */
  label?: string;
  t: Translate;
}) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label={label ?? t("pager.label")} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="inline-flex min-h-11 items-center">
          {t("pager.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pager.current", { page })}</span>
      {hasNext ? (
        <Link href={hrefFor(page + 1)} rel="next" className="inline-flex min-h-11 items-center">
          {t("pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
