import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ServicePointForm, ServicePointStatusForm } from "@/components/libraries-admin/service-point-forms";
import { StatusHistory } from "@/components/libraries/status-history";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { isoDay, helsinkiToday } from "@/lib/dates";
import { isUuid } from "@/lib/http/fields";
import { getI18n } from "@/lib/i18n/server";
import { getServicePointForEdit } from "@/lib/libraries/data";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.servicePoint.editTitle") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function ServicePointPage({ params }: PageProps<"/[locale]/kirjastot/[slug]/toimipisteet/[id]">) {
  const { slug, id } = await params;
  const actor = await getActor();
  if (!actor) {
    redirect(`/kirjaudu?callbackUrl=/kirjastot/${encodeURIComponent(slug)}/toimipisteet/${encodeURIComponent(id)}`);
  }
  const point = isUuid(id) ? await getServicePointForEdit(actor, slug, id) : null;
  if (!point) notFound();
  const { t } = await getI18n();
  const text = pickText(t, ["libraries."]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/kirjastot/${point.library.slug}`}>{point.library.name}</Link>
      </p>
      <PageHeader title={`${t("libraries.servicePoint.editTitle")}: ${point.name}`} />
      <section aria-labelledby="tila" className="mb-8">
        <h2 id="tila" className={H2}>
          {t("libraries.servicePoint.statusTitle")}
        </h2>
        <p className="mb-3">
          {t("libraries.servicePoint.currentStatus", { status: t(`libraries.servicePointStatus.${point.status}`) })}
        </p>
        <StatusHistory history={point.statusHistory} t={t} headingLevel={3} />
        <ServicePointStatusForm
          defaults={{ servicePointId: point.id, status: point.status, effectiveOn: isoDay(helsinkiToday()) }}
          text={text}
        />
      </section>
      <section aria-labelledby="tiedot">
        <h2 id="tiedot" className={H2}>
          {t("libraries.servicePoint.detailsTitle")}
        </h2>
        <ServicePointForm
          mode="edit"
          defaults={{
            servicePointId: point.id,
            name: point.name,
            kind: point.kind,
            selfServiceHours: point.selfServiceHours ? "on" : "",
            address: point.address ?? "",
            postalCode: point.postalCode ?? "",
            city: point.city ?? "",
            email: point.email ?? "",
            phone: point.phone ?? "",
            note: point.note ?? "",
          }}
          text={text}
        />
      </section>
    </>
  );
}
