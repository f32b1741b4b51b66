import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { FeedbackReportFilters, FeedbackReportView } from "@/components/feedback/feedback-report";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getFeedbackReport } from "@/lib/feedback/report/data";
import { yearOptions } from "@/lib/feedback/report/rules";
import { parseFeedbackReportQuery, searchParamsOf, type FeedbackReportQuery } from "@/lib/feedback/report/schema";
import { AppError } from "@/lib/http/errors";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session and the query (ADR 17); coordinators and admins only (others: 404).
export const instant = false;

const PATH = "/raportit/palaute";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("feedbackReport.pageTitle") };
}

/** The query, or null when it is not valid (the page then shows this year's report and says so). */
function queryOf(raw: Record<string, string | string[] | undefined>): FeedbackReportQuery | null {
  try {
    return parseFeedbackReportQuery(searchParamsOf(raw));
  } catch (error) {
    if (error instanceof z.ZodError) return null;
    throw error;
  }
}

/** Feedback across offerings (issue 16 item 4): per theme, offering and year, and the comments without names. */
export default async function FeedbackReportPage({ searchParams }: PageProps<"/[locale]/raportit/palaute">) {
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${PATH}`);
  if (!can(actor, "reports.read")) notFound();
  const [raw, { t }] = await Promise.all([searchParams, getI18n()]);
  const query = queryOf(raw);
  // An unknown theme is the query's fault too: the same notice, this year's report.
  const report = await getFeedbackReport(actor, query ?? {}).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "VALIDATION_FAILED") return null;
    throw error;
  });
  const shown = report ?? (await getFeedbackReport(actor, {}));
  const invalid = query === null || report === null;
  return (
    <>
      <p className="mb-4">
        <Link href="/raportit">{t("coverage.pageTitle")}</Link>
      </p>
      <PageHeader title={t("feedbackReport.pageTitle")} lead={t("feedbackReport.lead")} />
      {invalid ? (
        <div className="mb-6">
          <Alert tone="error">{t("feedbackReport.filter.invalid")}</Alert>
        </div>
      ) : null}
      <FeedbackReportFilters
        action={PATH}
        year={shown.year}
        theme={shown.theme?.id ?? null}
        years={yearOptions(shown.year)}
        themes={shown.allThemes}
        t={t}
      />
      <FeedbackReportView report={shown} path={PATH} t={t} />
    </>
  );
}
