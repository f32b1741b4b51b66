import type { ReactNode } from "react";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { PrivacyController } from "@/lib/site/privacy";

const ROLE_DATA: [MessageKey, MessageKey][] = [
  ["privacy.data.staffTitle", "privacy.data.staff"],
  ["privacy.data.supervisorTitle", "privacy.data.supervisor"],
  ["privacy.data.steeringTitle", "privacy.data.steering"],
  ["privacy.data.coordinatorTitle", "privacy.data.coordinator"],
];

const RETENTION: MessageKey[] = [
  "privacy.retention.session",
  "privacy.retention.link",
  "privacy.retention.rateLimit",
  "privacy.retention.outbox",
  "privacy.retention.audit",
  "privacy.retention.account",
];

const RIGHTS: MessageKey[] = [
  "privacy.rights.access",
  "privacy.rights.rectification",
  "privacy.rights.erasure",
  "privacy.rights.restriction",
  "privacy.rights.objection",
  "privacy.rights.complaint",
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The privacy notice in the reader's language; the controller comes from the configuration. */
export function PrivacyNotice({ t, controller }: { t: Translate; controller: PrivacyController }) {
  const mail = <a href={`mailto:${controller.email}`}>{controller.email}</a>;
  return (
    <div className="max-w-3xl space-y-8">
      <Section id="rekisterinpitaja" title={t("privacy.controllerTitle")}>
        <p>{t("privacy.controller")}</p>
        <p className="font-semibold">{controller.name}</p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("privacy.controllerAddress")}</dt>
          <dd>{controller.contact}</dd>
          <dt className="font-semibold">{t("privacy.controllerEmail")}</dt>
          <dd>{mail}</dd>
        </dl>
      </Section>
      <Section id="tarkoitukset" title={t("privacy.purposesTitle")}>
        <p>{t("privacy.purposes")}</p>
        <p>{t("privacy.basis")}</p>
      </Section>
      <Section id="tiedot" title={t("privacy.dataTitle")}>
        <p>
          {t("privacy.dataLead")} {t("privacy.data.everyone")}
        </p>
        <dl className="space-y-3">
          {ROLE_DATA.map(([title, body]) => (
            <div key={title}>
              <dt className="font-semibold">{t(title)}</dt>
              <dd>{t(body)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="lahteet" title={t("privacy.sourcesTitle")}>
        <p>{t("privacy.sources")}</p>
      </Section>
      <Section id="nakyvyys" title={t("privacy.visibilityTitle")}>
        <p>{t("privacy.visibility")}</p>
      </Section>
      <Section id="vastaanottajat" title={t("privacy.recipientsTitle")}>
        <p>{t("privacy.recipients")}</p>
      </Section>
      <Section id="sailytys" title={t("privacy.retentionTitle")}>
        <ul className="list-disc space-y-2 pl-6">
          {RETENTION.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Section>
      <Section id="evasteet" title={t("privacy.cookiesTitle")}>
        <p>{t("privacy.cookies")}</p>
      </Section>
      <Section id="automaattiset-paatokset" title={t("privacy.automatedTitle")}>
        <p>{t("privacy.automated")}</p>
      </Section>
      <Section id="oikeudet" title={t("privacy.rightsTitle")}>
        <p>{t("privacy.rightsLead")}</p>
        <ul className="list-disc space-y-2 pl-6">
          {RIGHTS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t("privacy.rights.portability")}</p>
      </Section>
      <Section id="oikeuksien-kaytto" title={t("privacy.howTitle")}>
        <p>{t("privacy.how")}</p>
        <p>
          {t("privacy.controllerEmail")}: {mail}
        </p>
      </Section>
      <p className="text-sm text-gray-700">{t("privacy.updated")}</p>
    </div>
  );
}
