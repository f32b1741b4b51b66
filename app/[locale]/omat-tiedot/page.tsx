import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PersonalFeed } from "@/components/calendar/personal-feed";
import { pickText } from "@/components/forms/pick-text";
import { ProfileForm } from "@/components/users/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { getProfile } from "@/lib/auth/data";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { menuFeedUrl, personalFeedUrl } from "@/lib/calendar/links";
import { getCalendarToken } from "@/lib/calendar/data";
import { getI18n } from "@/lib/i18n/server";
import { siteOrigin } from "@/lib/site/origin";
import { getOwnProfile } from "@/lib/users/profile/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("account.title") };
}

export default async function MyDataPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/omat-tiedot");
  const [profile, own] = await Promise.all([getProfile(actor.id), getOwnProfile(actor)]);
  if (!profile || !own) redirect("/kirjaudu");
  const { t } = await getI18n();
  // Reading only: the feed's secret address is made by the "create" button (a page GET never writes).
  const ownFeed = can(actor, "calendar.ownFeed");
  const calendarToken = ownFeed ? await getCalendarToken(actor.id) : null;
  const origin = await siteOrigin();
  const rows: [string, string][] = [
    [t("account.name"), profile.name ?? "–"],
    [t("profile.title"), own.title ?? "–"],
    [t("account.email"), profile.email],
    [t("account.library"), profile.libraryName ?? "–"],
    [t("account.roles"), profile.roles.map((r) => t(`role.${r}`)).join(", ")],
    [t("profile.locale"), t(`profile.locale.${own.locale}`)],
  ];
  return (
    <>
      <PageHeader title={t("account.title")} lead={t("account.lead")} />
      <dl className="grid max-w-xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <nav aria-labelledby="own-data-links" className="mt-6">
        <h2 id="own-data-links" className="sr-only">
          {t("profile.links")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/omat-tiedot/kaikki-tiedot">{t("profile.allDataLink")}</Link>
          </li>
          <li>
            <Link href="/omat-tiedot/poisto">{t("profile.removalLink")}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="profile-edit-title" className="mt-10 max-w-3xl space-y-3">
        <h2 id="profile-edit-title" className="text-2xl font-bold text-brand-900">
          {t("profile.editTitle")}
        </h2>
        <p>{t("profile.editLead")}</p>
        <ProfileForm
          mode="edit"
          defaults={{ name: own.name ?? "", title: own.title ?? "", locale: own.locale }}
          text={pickText(t, ["profile."])}
        />
      </section>
      {ownFeed ? (
        <section aria-labelledby="calendar-feed-title" className="mt-10 max-w-3xl space-y-3">
          <h2 id="calendar-feed-title" className="text-2xl font-bold text-brand-900">
            {t("calendar.feed.title")}
          </h2>
          <p>{t("calendar.feed.lead")}</p>
          <PersonalFeed
            url={calendarToken ? personalFeedUrl(origin, calendarToken) : null}
            labels={{
              create: t("calendar.feed.create"),
              createLead: t("calendar.feed.createLead"),
              createError: t("calendar.feed.createError"),
              created: t("calendar.feed.created"),
              url: t("calendar.feed.url"),
              secret: t("calendar.feed.secret"),
              copy: t("calendar.feed.copy"),
              copied: t("calendar.feed.copied"),
              regenerate: t("calendar.feed.regenerate"),
              confirm: t("calendar.feed.confirm"),
              confirmYes: t("calendar.feed.confirmYes"),
              cancel: t("calendar.feed.cancel"),
              regenerating: t("calendar.feed.regenerating"),
              regenerated: t("calendar.feed.regenerated"),
              error: t("calendar.feed.error"),
            }}
          />
          <h3 className="pt-4 text-xl font-bold text-brand-900">{t("calendar.feed.menuTitle")}</h3>
          <p>
            {t("calendar.feed.menuLead")} <code className="break-all">{menuFeedUrl(origin)}</code>
          </p>
        </section>
      ) : null}
    </>
  );
}
