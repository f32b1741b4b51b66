import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MyEnrolmentList } from "@/components/enrolments/my-enrolment-list";
import { MyProgrammeList } from "@/components/programmes/my-programme-list";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { listMyEnrolments } from "@/lib/enrolments/data";
import { feedbackGivenFor } from "@/lib/feedback/data";
import { getI18n } from "@/lib/i18n/server";
import { listOwnProgrammes } from "@/lib/programmes/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("enrolments.myTrainings") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function MyTrainingsPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/omat-koulutukset");
  const [{ locale, t }, { upcoming, past }, programmes] = await Promise.all([
    getI18n(),
    listMyEnrolments(actor),
    listOwnProgrammes(actor),
  ]);
  const feedbackGiven = can(actor, "feedback.give")
    ? await feedbackGivenFor(
        actor,
        past.filter((e) => e.status === "ATTENDED").map((e) => e.id),
      )
    : undefined;
  return (
    <>
      <PageHeader title={t("enrolments.myTrainings")} lead={t("enrolments.lead")} />
      <section aria-labelledby="tulevat" className="mt-8">
        <h2 id="tulevat" className={H2}>
          {t("enrolments.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p>
            {t("enrolments.emptyUpcoming")} <Link href="/koulutukset">{t("enrolments.browseMenu")}</Link>
          </p>
        ) : (
          <MyEnrolmentList enrolments={upcoming} t={t} locale={locale} />
        )}
      </section>
      <section aria-labelledby="kokonaisuudet" className="mt-8">
        <h2 id="kokonaisuudet" className={H2}>
          {t("programmes.mine.title")}
        </h2>
        {programmes.length === 0 ? (
          <p>{t("programmes.mine.empty")}</p>
        ) : (
          <MyProgrammeList programmes={programmes} t={t} />
        )}
      </section>
      <section aria-labelledby="menneet" className="mt-8">
        <h2 id="menneet" className={H2}>
          {t("enrolments.past")}
        </h2>
        {past.length === 0 ? (
          <p>{t("enrolments.emptyPast")}</p>
        ) : (
          <MyEnrolmentList enrolments={past} past feedbackGiven={feedbackGiven} t={t} locale={locale} />
        )}
      </section>
    </>
  );
}
