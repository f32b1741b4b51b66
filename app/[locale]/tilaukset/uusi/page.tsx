import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { OrderForm } from "@/components/workshop-orders/order-form";
import { PageHeader } from "@/components/ui/page-header";
import { getProfile } from "@/lib/auth/data";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listOrderableOfferings } from "@/lib/workshop-orders/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("orders.newTitle") };
}

export default async function NewOrderPage({ searchParams }: PageProps<"/[locale]/tilaukset/uusi">) {
  const { koulutus } = await searchParams;
  const slug = typeof koulutus === "string" ? koulutus : undefined;
  const actor = await getActor();
  if (!actor) {
    redirect(`/kirjaudu?callbackUrl=${encodeURIComponent(`/tilaukset/uusi${slug ? `?koulutus=${slug}` : ""}`)}`);
  }
  if (!can(actor, "workshop.order") || !actor.libraryId) notFound();
  const [{ t }, offerings, profile] = await Promise.all([getI18n(), listOrderableOfferings(), getProfile(actor.id)]);
  const chosen = offerings.find((offering) => offering.slug === slug);
  return (
    <>
      <p className="mb-4">
        <Link href="/tilaukset">{t("orders.back")}</Link>
      </p>
      <PageHeader title={t("orders.newTitle")} lead={t("orders.newLead", { library: profile?.libraryName ?? "" })} />
      {offerings.length === 0 ? (
        <p>{t("orders.noOrderable")}</p>
      ) : (
        <OrderForm
          defaults={chosen ? { offeringId: chosen.id } : {}}
          offerings={offerings.map((offering) => ({ value: offering.id, label: offering.title }))}
          text={pickText(t, ["orders."])}
        />
      )}
    </>
  );
}
