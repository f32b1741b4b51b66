import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JoinViaChair } from "@/components/networks/join-via-chair";
import { NetworkFacts } from "@/components/networks/network-facts";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/markdown/markdown";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getNetwork } from "@/lib/networks/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/verkostot/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, network] = await Promise.all([getI18n(), getNetwork(await getActor(), slug)]);
  return { title: network?.name ?? t("notFound.title") };
}

export default async function NetworkPage({ params }: PageProps<"/[locale]/verkostot/[slug]">) {
  const { slug } = await params;
  const network = await getNetwork(await getActor(), slug);
  if (!network) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/verkostot">{t("networks.backToList")}</Link>
      </p>
      <PageHeader
        title={network.name}
        lead={network.description ? <span lang="fi">{network.description}</span> : undefined}
      />
      <div className="mb-6">
        <NetworkFacts network={network} t={t} />
      </div>
      <JoinViaChair t={t} />
      <section aria-labelledby="pelikirja">
        <h2 id="pelikirja" className="mb-3 text-2xl font-bold text-brand-900">
          {t("networks.playbookTitle")}
        </h2>
        {network.playbook?.trim() ? (
          <Markdown breaks source={network.playbook} headingLevel={3} lang="fi" />
        ) : (
          <p>{t("networks.playbookEmpty")}</p>
        )}
      </section>
    </>
  );
}
