// The texts of the mails the job worker sends: Finnish first, the English
// text below (like the sign-in mail). Pure functions of the data, so the
// wording is unit-tested without a database or an SMTP server.
import { type CalendarSession, offeringUrl, sessionLocation, sessionSummary } from "@/lib/calendar/events";
import { meetingUrl } from "@/lib/calendar/meetings";
import { formatDate, formatRange, formatWeekday } from "@/lib/dates";
import type { AgendaItemKind, EnrolmentStatus, WorkshopOrderStatus } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import { translator, type MessageKey, type Translate } from "@/lib/i18n/translate";
import { SESSION_CHANGES, type SessionChange } from "@/lib/jobs/names";
import { safeHttpUrl } from "@/lib/http/fields";

export type ComposedMail = { subject: string; text: string };

export type Recipient = { email: string; name: string | null };

type Part = { subject: string; lines: (string | null)[] };

/** Both languages in one mail: subjects joined by " / ", bodies separated by a rule. */
function bilingual(build: (t: Translate, locale: Locale) => Part): ComposedMail {
  const parts = (["fi", "en"] as const).map((locale) => build(translator(locale), locale));
  const body = (p: Part) => p.lines.filter((line): line is string => line !== null).join("\n\n");
  return {
    subject: parts.map((p) => p.subject).join(" / "),
    text: parts.map(body).join("\n\n---\n\n") + "\n",
  };
}

function greeting(t: Translate, recipient: Recipient): string {
  const name = recipient.name?.trim();
  return name ? t("mail.greeting", { name }) : t("mail.greetingNoName");
}

function facts(rows: [string, string | number | null | undefined][]): string {
  return rows
    .filter((row): row is [string, string | number] => row[1] !== null && row[1] !== undefined && row[1] !== "")
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
}

/** "torstai 3.12.2026 klo 9.00–12.00" */
function when(session: Pick<CalendarSession, "startsAt" | "endsAt">, locale: Locale): string {
  return `${formatWeekday(session.startsAt, locale)} ${formatRange(session.startsAt, session.endsAt, locale)}`;
}

function sessionFacts(
  session: CalendarSession,
  t: Translate,
  locale: Locale,
  appUrl: string,
  extra: { includeRemoteUrl?: boolean; waitlistPosition?: number | null } = {},
): string {
  return facts([
    [t("mail.detail.training"), sessionSummary(session)],
    [t("mail.detail.time"), when(session, locale)],
    [t("mail.detail.place"), sessionLocation(session, t)],
    [t("mail.detail.remote"), extra.includeRemoteUrl ? session.remoteUrl : null],
    [t("mail.detail.position"), extra.waitlistPosition],
    [t("mail.detail.info"), offeringUrl(appUrl, session.offering.slug)],
  ]);
}

export type SessionMailKind =
  | "enrolmentConfirmed"
  | "enrolmentWaitlisted"
  | "waitlistPromoted"
  | "enrolmentCancelled"
  | "sessionReminder"
  | "sessionChanged"
  | "sessionCancelled";

export type SessionMailView = {
  recipient: Recipient;
  enrolment: { status: EnrolmentStatus; waitlistPosition: number | null };
  session: CalendarSession;
};

export type SessionMailOptions = {
  appUrl: string;
  /** An .ics of the session goes with the mail. */
  withAttachment?: boolean;
  /** sessionChanged: which details changed (SESSION_CHANGES). */
  changes?: readonly string[];
};

const SUBJECT: Record<SessionMailKind, MessageKey> = {
  enrolmentConfirmed: "mail.enrolmentConfirmed.subject",
  enrolmentWaitlisted: "mail.enrolmentWaitlisted.subject",
  waitlistPromoted: "mail.waitlistPromoted.subject",
  enrolmentCancelled: "mail.enrolmentCancelled.subject",
  sessionReminder: "mail.sessionReminder.subject",
  sessionChanged: "mail.sessionChanged.subject",
  sessionCancelled: "mail.sessionCancelled.subject",
};

const INTRO: Record<SessionMailKind, MessageKey> = {
  enrolmentConfirmed: "mail.enrolmentConfirmed.intro",
  enrolmentWaitlisted: "mail.enrolmentWaitlisted.intro",
  waitlistPromoted: "mail.waitlistPromoted.intro",
  enrolmentCancelled: "mail.enrolmentCancelled.intro",
  sessionReminder: "mail.sessionReminder.intro",
  sessionChanged: "mail.sessionChanged.intro",
  sessionCancelled: "mail.sessionCancelled.intro",
};

const CHANGE_LABEL: Record<SessionChange, MessageKey> = {
  time: "mail.change.time",
  place: "mail.change.place",
  remote: "mail.change.remote",
  title: "mail.change.title",
};

function changeList(t: Translate, changes: readonly string[] | undefined): string | null {
  const known = SESSION_CHANGES.filter((c) => changes?.includes(c));
  if (known.length === 0) return null;
  return t("mail.sessionChanged.changes", { changes: known.map((c) => t(CHANGE_LABEL[c])).join(", ") });
}

/** Mails about one person's enrolment in one session. */
export function sessionMail(kind: SessionMailKind, view: SessionMailView, options: SessionMailOptions): ComposedMail {
  const { session, enrolment, recipient } = view;
  const { appUrl } = options;
  const confirmed = enrolment.status === "CONFIRMED" || enrolment.status === "ATTENDED";
  const active = kind !== "enrolmentCancelled" && kind !== "sessionCancelled";
  const myTrainings = new URL("/omat-koulutukset", appUrl).toString();
  return bilingual((t, locale) => ({
    subject: t(SUBJECT[kind], { title: sessionSummary(session), date: formatDate(session.startsAt) }),
    lines: [
      greeting(t, recipient),
      t(INTRO[kind]),
      kind === "sessionChanged" ? changeList(t, options.changes) : null,
      sessionFacts(session, t, locale, appUrl, {
        includeRemoteUrl: active && confirmed,
        waitlistPosition: active && enrolment.status === "WAITLISTED" ? enrolment.waitlistPosition : null,
      }),
      options.withAttachment ? t(kind === "sessionCancelled" ? "mail.attachmentCancelled" : "mail.attachment") : null,
      kind === "sessionCancelled"
        ? t("mail.sessionCancelled.others", { url: new URL("/koulutukset", appUrl).toString() })
        : t("mail.myTrainings", { url: myTrainings }),
      t("mail.signature"),
      t("mail.why.enrolment"),
    ],
  }));
}

export type WorkshopOrderMailView = {
  recipient: Recipient;
  status: WorkshopOrderStatus;
  declineReason: string | null;
  preferredDates: string | null;
  expectedParticipants: number | null;
  library: { name: string };
  offering: { slug: string; title: string };
  /** The session a scheduled order became. */
  session: CalendarSession | null;
};

const ORDER_STATUS: Record<WorkshopOrderStatus, MessageKey> = {
  REQUESTED: "mail.order.status.REQUESTED",
  ACCEPTED: "mail.order.status.ACCEPTED",
  SCHEDULED: "mail.order.status.SCHEDULED",
  DECLINED: "mail.order.status.DECLINED",
};

const ORDER_INTRO: Record<WorkshopOrderStatus, MessageKey> = {
  REQUESTED: "mail.order.intro.REQUESTED",
  ACCEPTED: "mail.order.intro.ACCEPTED",
  SCHEDULED: "mail.order.intro.SCHEDULED",
  DECLINED: "mail.order.intro.DECLINED",
};

/** Tells the ordering supervisor where their library's workshop order stands. */
export function workshopOrderMail(view: WorkshopOrderMailView, options: { appUrl: string }): ComposedMail {
  const { appUrl } = options;
  return bilingual((t, locale) => ({
    subject: t("mail.order.subject", { title: view.offering.title, status: t(ORDER_STATUS[view.status]) }),
    lines: [
      greeting(t, view.recipient),
      t(ORDER_INTRO[view.status]),
      view.status === "DECLINED" && view.declineReason ? t("mail.order.reason", { reason: view.declineReason }) : null,
      view.session && view.status === "SCHEDULED"
        ? sessionFacts(view.session, t, locale, appUrl)
        : facts([
            [t("mail.detail.training"), view.offering.title],
            [t("mail.detail.library"), view.library.name],
            [t("mail.detail.preferredDates"), view.preferredDates],
            [t("mail.detail.participants"), view.expectedParticipants],
            [t("mail.detail.status"), t(ORDER_STATUS[view.status])],
            [t("mail.detail.info"), offeringUrl(appUrl, view.offering.slug)],
          ]),
      t("mail.signature"),
      t("mail.why.order"),
    ],
  }));
}

export type AgendaMailView = {
  recipient: Recipient;
  meeting: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    location: string | null;
    remoteUrl: string | null;
  };
  items: readonly {
    position: number;
    kind: AgendaItemKind;
    title: string;
    presenter: string | null;
    body: string | null;
  }[];
};

/** One agenda item: "3. Title", then the presenter and the description indented under it. */
function agendaItemText(item: AgendaMailView["items"][number], t: Translate): string {
  const indent = (text: string) =>
    text
      .trim()
      .split(/\r?\n/)
      .map((line) => (line.trim() ? `   ${line.trimEnd()}` : ""))
      .join("\n");
  return [
    `${item.position}. ${item.title}`,
    item.presenter?.trim() ? indent(t("meetingsAdmin.mail.presenter", { name: item.presenter.trim() })) : null,
    item.body?.trim() ? indent(item.body) : null,
  ]
    .filter((line): line is string => !!line)
    .join("\n");
}

/** The published agenda of a steering-group meeting, to one invitee (an .ics invitation goes with it). */
export function agendaPublishedMail(view: AgendaMailView, options: { appUrl: string }): ComposedMail {
  const { meeting } = view;
  const url = meetingUrl(options.appUrl, meeting.id);
  const remoteUrl = safeHttpUrl(meeting.remoteUrl);
  const hasNewsRound = view.items.some((item) => item.kind === "NEWS_ROUND");
  return bilingual((t, locale) => ({
    subject: t("meetingsAdmin.mail.subject", { title: meeting.title, date: formatDate(meeting.startsAt) }),
    lines: [
      greeting(t, view.recipient),
      t("meetingsAdmin.mail.intro"),
      facts([
        [t("meetingsAdmin.mail.meeting"), meeting.title],
        [t("mail.detail.time"), when(meeting, locale)],
        [t("mail.detail.place"), meeting.location?.trim() || (remoteUrl ? t("common.remote") : null)],
        [t("mail.detail.remote"), remoteUrl],
        [t("mail.detail.info"), url],
      ]),
      view.items.length > 0
        ? [t("meetingsAdmin.mail.agenda"), ...view.items.map((item) => agendaItemText(item, t))].join("\n\n")
        : null,
      hasNewsRound ? t("meetingsAdmin.mail.newsRound", { url: `${url}/kuulumiset` }) : null,
      t("meetingsAdmin.mail.attachment"),
      t("mail.signature"),
      t("meetingsAdmin.mail.why"),
    ],
  }));
}
