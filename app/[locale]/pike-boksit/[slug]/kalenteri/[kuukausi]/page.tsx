import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KitAvailabilityCalendar } from "@/components/kits/kit-availability-calendar";
import { PageHeader } from "@/components/ui/page-header";
import { kitTag } from "@/lib/cache/tags";
import { formatMonth } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { cachedKitPage } from "@/lib/kits/catalogue/cached";
import { MONTH } from "@/lib/kits/catalogue/rules";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";

// One month of a kit's availability calendar: the month is in the path, not
// the query, so each month is a page of its own in the cache (ADR 17), under
// the kit's tag. Months beyond the calendar's reach are not found.
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, kuukausi: BUILD_PLACEHOLDER }];
}

type Props = PageProps<"/[locale]/pike-boksit/[slug]/kalenteri/[kuukausi]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, kuukausi } = await params;
  return { title: await monthTitle(slug, kuukausi) };
}

/** Cached too: formatting a month reads the clock (TZDate), which only a cached render may do. */
async function monthTitle(slug: string, month: string): Promise<string> {
  "use cache";
  cacheTag(kitTag(slug));
  cacheLife("minutes");
  const [{ locale, t }, page] = await Promise.all([getI18n(), MONTH.test(month) ? cachedKitPage(slug, month) : null]);
  return page
    ? t("kitCatalogue.calendar.monthTitle", { kit: page.kit.name, month: formatMonth(month, locale) })
    : t("notFound.title");
}

export default async function KitMonthPage({ params }: Props) {
  const { slug, kuukausi } = await params;
  return <CachedKitMonth slug={slug} month={kuukausi} />;
}

async function CachedKitMonth({ slug, month }: { slug: string; month: string }) {
  "use cache";
  cacheTag(kitTag(slug));
  cacheLife("minutes");
  const page = MONTH.test(month) ? await cachedKitPage(slug, month) : null;
  if (!page) notFound();
  const { locale, t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href={`/pike-boksit/${page.kit.slug}`}>{page.kit.name}</Link>
      </p>
      <PageHeader
        title={t("kitCatalogue.calendar.monthTitle", { kit: page.kit.name, month: formatMonth(month, locale) })}
      />
      <KitAvailabilityCalendar
        kitSlug={page.kit.slug}
        calendar={page.calendar}
        periods={page.periods}
        headingLevel={1}
        t={t}
        locale={locale}
      />
    </>
  );
}
