// The texts of the mails the job worker sends, each wholly in its recipient's
// language (User.locale; Finnish for an address that is nobody's account):
// subject, body and the attached calendar entry. Pure functions of the data,
// so the wording is unit-tested without a database or an SMTP server.
import { CALENDAR_CHANGES, type CalendarChange, type CalendarSnapshot } from "@/lib/calendar/changes";
import {
  type CalendarSession,
  offeringUrl,
  sessionLocation,
  sessionSnapshot,
  sessionSummary,
} from "@/lib/calendar/events";
import { meetingSnapshot, meetingUrl } from "@/lib/calendar/meetings";
import { formatDate, formatDay, formatRange, formatWeekday } from "@/lib/dates";
import type { AgendaItemKind, EnrolmentStatus, WorkshopOrderStatus } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import { translator, type MessageKey, type Translate } from "@/lib/i18n/translate";
import { safeHttpUrl } from "@/lib/http/fields";
import { formatCertificateCode } from "@/lib/programmes/rules";
import { displayName, displayNameWithLibrary, type PersonName } from "@/lib/users/rules";

export type ComposedMail = { subject: string; text: string };

export type Recipient = { email: string; name: string | null; locale: Locale };

type Part = { subject: string; lines: (string | null)[] };

/** The mail in one language: paragraphs separated by blank lines, the missing ones left out. */
function compose(locale: Locale, build: (t: Translate, locale: Locale) => Part): ComposedMail {
  const part = build(translator(locale), locale);
  return {
    subject: part.subject,
    text: part.lines.filter((line): line is string => line !== null).join("\n\n") + "\n",
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
function when(entry: { startsAt: Date | string; endsAt: Date | string }, locale: Locale): string {
  return `${formatWeekday(entry.startsAt, locale)} ${formatRange(entry.startsAt, entry.endsAt, locale)}`;
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

// ───────────── what changed ─────────────

const CHANGE_LABEL: Record<CalendarChange, MessageKey> = {
  time: "mail.change.time",
  place: "mail.change.place",
  remote: "mail.change.remote",
  title: "mail.change.title",
};

/** "Muuttuneet tiedot: aika, paikka." */
function changeList(t: Translate, changes: readonly string[] | undefined): string | null {
  const known = CALENDAR_CHANGES.filter((c) => changes?.includes(c));
  if (known.length === 0) return null;
  return t("mail.sessionChanged.changes", { changes: known.map((c) => t(CHANGE_LABEL[c])).join(", ") });
}

/**
 * "Aika: ke 3.12. klo 9.00–12.00 → to 4.12. klo 9.00–12.00", one line per
 * changed time, place or title. A new remote link is in the details below
 * the list (for those who may see it), so it has no line of its own here.
 */
function changeDetails(
  t: Translate,
  locale: Locale,
  changes: readonly string[] | undefined,
  before: CalendarSnapshot | undefined,
  after: CalendarSnapshot,
): string | null {
  if (!before) return null;
  const place = (s: CalendarSnapshot) => s.place ?? (s.remoteUrl ? t("common.remote") : t("mail.change.nothing"));
  const line = (label: MessageKey, from: string, to: string) =>
    t("mail.change.fromTo", { label: t(label), before: from, after: to });
  const lines = CALENDAR_CHANGES.filter((c) => changes?.includes(c)).map((change) => {
    if (change === "time") return line("mail.detail.time", when(before, locale), when(after, locale));
    if (change === "place") return line("mail.detail.place", place(before), place(after));
    if (change === "title") return line("mail.detail.title", before.title, after.title);
    return null;
  });
  const shown = lines.filter((l): l is string => l !== null);
  return shown.length > 0 ? shown.join("\n") : null;
}

// ───────────── enrolments and sessions ─────────────

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
  /** A calendar entry of the session goes with the mail: an invitation, an update or its removal. */
  attachment?: "added" | "updated" | "removed";
  /** sessionChanged: which details changed (CALENDAR_CHANGES)… */
  changes?: readonly string[];
  /** …and what the session looked like before them. */
  before?: CalendarSnapshot;
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

function sessionAttachmentNote(kind: SessionMailKind, attachment: SessionMailOptions["attachment"]): MessageKey | null {
  if (!attachment) return null;
  if (kind === "sessionCancelled") return "mail.attachmentCancelled";
  if (attachment === "removed") return "mail.attachmentRemoved";
  return attachment === "updated" ? "mail.attachmentUpdated" : "mail.attachment";
}

/** Mails about one person's enrolment in one session. */
export function sessionMail(kind: SessionMailKind, view: SessionMailView, options: SessionMailOptions): ComposedMail {
  const { session, enrolment, recipient } = view;
  const { appUrl } = options;
  const confirmed = enrolment.status === "CONFIRMED" || enrolment.status === "ATTENDED";
  const active = kind !== "enrolmentCancelled" && kind !== "sessionCancelled";
  const myTrainings = new URL("/omat-koulutukset", appUrl).toString();
  const note = sessionAttachmentNote(kind, options.attachment);
  return compose(recipient.locale, (t, locale) => ({
    subject: t(SUBJECT[kind], { title: sessionSummary(session), date: formatDate(session.startsAt) }),
    lines: [
      greeting(t, recipient),
      t(INTRO[kind]),
      kind === "sessionChanged" ? changeList(t, options.changes) : null,
      kind === "sessionChanged"
        ? changeDetails(t, locale, options.changes, options.before, sessionSnapshot(session))
        : null,
      sessionFacts(session, t, locale, appUrl, {
        includeRemoteUrl: active && confirmed,
        waitlistPosition: active && enrolment.status === "WAITLISTED" ? enrolment.waitlistPosition : null,
      }),
      note ? t(note) : null,
      kind === "sessionCancelled"
        ? t("mail.sessionCancelled.others", { url: new URL("/koulutukset", appUrl).toString() })
        : t("mail.myTrainings", { url: myTrainings }),
      t("mail.signature"),
      t("mail.why.enrolment"),
    ],
  }));
}

// ───────────── workshop orders ─────────────

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
  return compose(view.recipient.locale, (t, locale) => ({
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

// ───────────── meetings ─────────────

export type MailMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  remoteUrl: string | null;
};

function meetingFacts(meeting: MailMeeting, t: Translate, locale: Locale, appUrl: string): string {
  const remoteUrl = safeHttpUrl(meeting.remoteUrl);
  return facts([
    [t("meetingsAdmin.mail.meeting"), meeting.title],
    [t("mail.detail.time"), when(meeting, locale)],
    [t("mail.detail.place"), meeting.location?.trim() || (remoteUrl ? t("common.remote") : null)],
    [t("mail.detail.remote"), remoteUrl],
    [t("mail.detail.info"), meetingUrl(appUrl, meeting.id)],
  ]);
}

export type AgendaMailView = {
  recipient: Recipient;
  meeting: MailMeeting;
  items: readonly {
    position: number;
    kind: AgendaItemKind;
    title: string;
    presenter: PersonName | null;
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
    item.presenter ? indent(t("meetingsAdmin.mail.presenter", { name: displayName(item.presenter, t) })) : null,
    item.body?.trim() ? indent(item.body) : null,
  ]
    .filter((line): line is string => !!line)
    .join("\n");
}

/** The published agenda of a steering-group meeting, to one invitee (an .ics invitation goes with it). */
export function agendaPublishedMail(view: AgendaMailView, options: { appUrl: string }): ComposedMail {
  const { meeting } = view;
  const url = meetingUrl(options.appUrl, meeting.id);
  const hasNewsRound = view.items.some((item) => item.kind === "NEWS_ROUND");
  return compose(view.recipient.locale, (t, locale) => ({
    subject: t("meetingsAdmin.mail.subject", { title: meeting.title, date: formatDate(meeting.startsAt) }),
    lines: [
      greeting(t, view.recipient),
      t("meetingsAdmin.mail.intro"),
      meetingFacts(meeting, t, locale, options.appUrl),
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

export type MeetingMailView = { recipient: Recipient; meeting: MailMeeting };

/** A published meeting's new time, place or link, to one invitee (the updated invitation goes with it). */
export function meetingChangedMail(
  view: MeetingMailView,
  options: { appUrl: string; changes: readonly string[]; before: CalendarSnapshot },
): ComposedMail {
  const { meeting } = view;
  return compose(view.recipient.locale, (t, locale) => ({
    subject: t("mail.meetingChanged.subject", { title: meeting.title, date: formatDate(meeting.startsAt) }),
    lines: [
      greeting(t, view.recipient),
      t("mail.meetingChanged.intro"),
      changeList(t, options.changes),
      changeDetails(t, locale, options.changes, options.before, meetingSnapshot(meeting)),
      meetingFacts(meeting, t, locale, options.appUrl),
      t("mail.attachmentUpdated"),
      t("mail.signature"),
      t("meetingsAdmin.mail.why"),
    ],
  }));
}

/** To someone taken off a published meeting's invitations (the cancellation of their entry goes with it). */
export function meetingUninvitedMail(view: MeetingMailView): ComposedMail {
  const { meeting } = view;
  return compose(view.recipient.locale, (t, locale) => ({
    subject: t("mail.meetingUninvited.subject", { title: meeting.title, date: formatDate(meeting.startsAt) }),
    lines: [
      greeting(t, view.recipient),
      t("mail.meetingUninvited.intro"),
      facts([
        [t("meetingsAdmin.mail.meeting"), meeting.title],
        [t("mail.detail.time"), when(meeting, locale)],
      ]),
      t("mail.attachmentRemoved"),
      t("mail.signature"),
      t("mail.meetingUninvited.why"),
    ],
  }));
}

// ───────────── invitations ─────────────

export type InvitationMailView = {
  recipient: Recipient;
  libraryName: string | null;
  invitedBy: PersonName | null;
};

/** An invited person's sign-in link: it opens the confirmation page, works once and expires. */
export function invitationMail(view: InvitationMailView, options: { link: string; days: number }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("mail.invitation.subject"),
    lines: [
      greeting(t, view.recipient),
      view.invitedBy
        ? t("mail.invitation.introBy", { who: displayName(view.invitedBy, t) })
        : t("mail.invitation.intro"),
      view.libraryName ? facts([[t("mail.detail.library"), view.libraryName]]) : null,
      t("mail.invitation.link", { link: options.link, days: options.days }),
      t("mail.signature"),
      t("mail.why.invitation"),
    ],
  }));
}

// ───────────── accounts ─────────────

/** The confirmation that an account was removed at its person's request (issue 11). */
export function accountRemovedMail(locale: Locale): ComposedMail {
  return compose(locale, (t) => ({
    subject: t("mail.accountRemoved.subject"),
    lines: [t("mail.greetingNoName"), t("mail.accountRemoved.body"), t("mail.signature")],
  }));
}

// ───────────── kit reservations ─────────────

export type KitReservationMailEvent =
  | "requested"
  | "confirmed"
  | "declined"
  | "cancelled"
  | "shippingChanged"
  | "sent"
  | "received"
  | "returned"
  | "feedbackReminder"
  | "moved";

export type KitReservationMailView = {
  recipient: Recipient;
  event: KitReservationMailEvent;
  kit: { name: string; slug: string };
  library: { name: string };
  /** Days as yyyy-mm-dd. */
  startDate: string;
  endDate: string;
  shippingDays: number;
  declineReason: string | null;
  /** For the feedback reminder's link. */
  reservationId: string;
};

/** A step of a kit reservation, to the library concerned, with the loan's dates. */
export function kitReservationMail(view: KitReservationMailView, options: { appUrl: string }): ComposedMail {
  const d = (day: string) => {
    const [y, m, dd] = day.split("-").map(Number);
    return `${dd}.${m}.${y}`;
  };
  return compose(view.recipient.locale, (t) => ({
    subject: t(`kitReservations.mail.subject.${view.event}`, { kit: view.kit.name }),
    lines: [
      greeting(t, view.recipient),
      t(`kitReservations.mail.intro.${view.event}`),
      view.event === "declined" && view.declineReason
        ? t("kitReservations.mail.reason", { reason: view.declineReason })
        : null,
      view.event === "feedbackReminder"
        ? t("kitReservations.mail.feedbackLink", {
            url: `${options.appUrl}/pike-boksit/palaute/${encodeURIComponent(view.reservationId)}`,
          })
        : null,
      facts([
        [t("kitReservations.mail.kit"), view.kit.name],
        [t("mail.detail.library"), view.library.name],
        [t("kitReservations.mail.period"), `${d(view.startDate)}–${d(view.endDate)}`],
        [t("kitReservations.mail.shippingDays"), view.shippingDays],
        [t("mail.detail.info"), `${options.appUrl}/pike-boksit/${encodeURIComponent(view.kit.slug)}`],
      ]),
      t("mail.signature"),
      t("kitReservations.mail.why"),
    ],
  }));
}

export type KitHandoverIssuesMailView = {
  recipient: Recipient;
  kit: { name: string; slug: string };
  from: string | null;
  to: string | null;
  condition: string | null;
  issues: {
    item: string;
    count?: number | undefined;
    state: "ok" | "missing" | "damaged";
    note?: string | undefined;
  }[];
  reservationId: string | null;
};

/** A handover report with missing or damaged items, to the coordinators (ADR 26). */
export function kitHandoverIssuesMail(view: KitHandoverIssuesMailView, options: { appUrl: string }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("kitHandovers.mail.issues.subject", { kit: view.kit.name }),
    lines: [
      greeting(t, view.recipient),
      t("kitHandovers.mail.issues.intro", { to: view.to ?? "–", from: view.from ?? "–" }),
      view.issues
        .map(
          (row) =>
            `- ${row.item}${row.count === undefined ? "" : ` (${row.count})`}: ${t(`kitHandovers.state.${row.state}`)}` +
            (row.note ? ` – ${row.note}` : ""),
        )
        .join("\n"),
      view.condition ? t("kitHandovers.mail.issues.condition", { condition: view.condition }) : null,
      view.reservationId
        ? t("kitHandovers.mail.issues.link", { url: `${options.appUrl}/pike-boksit/varaukset/${view.reservationId}` })
        : null,
      t("mail.signature"),
    ],
  }));
}

export type ProgrammeCompletedMailView = {
  recipient: Recipient;
  programme: { title: string; slug: string };
  completedOn: Date;
  code: string;
};

/** Congratulations on a completed programme, with where to get and check the certificate (ADR 28). */
export function programmeCompletedMail(view: ProgrammeCompletedMailView, options: { appUrl: string }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("programmes.mail.completed.subject", { programme: view.programme.title }),
    lines: [
      greeting(t, view.recipient),
      t("programmes.mail.completed.intro", { programme: view.programme.title, date: formatDate(view.completedOn) }),
      t("programmes.mail.completed.certificate", {
        url: `${options.appUrl}/todistus/${encodeURIComponent(view.code)}`,
      }),
      facts([
        [t("programmes.mail.completed.code"), formatCertificateCode(view.code)],
        [t("mail.detail.info"), `${options.appUrl}/koulutukset/${encodeURIComponent(view.programme.slug)}`],
      ]),
      t("mail.signature"),
      t("programmes.mail.why"),
    ],
  }));
}

export type ProgrammeReminderMailView = {
  recipient: Recipient;
  kind: "STALLED" | "DEADLINE_30" | "DEADLINE_7" | "MANUAL";
  programme: { title: string; slug: string; deadline: Date | null };
  done: number;
  total: number;
  nextPart: string | null;
  daysLeft: number | null;
};

/** A reminder to go on with a programme: why it comes, how far one is, the next part and the deadline (issue 13). */
export function programmeReminderMail(view: ProgrammeReminderMailView, options: { appUrl: string }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t(`programmesProgress.mail.subject.${view.kind}`, { programme: view.programme.title }),
    lines: [
      greeting(t, view.recipient),
      t(`programmesProgress.mail.intro.${view.kind}`, {
        programme: view.programme.title,
        days: view.daysLeft ?? 0,
      }),
      facts([
        [
          t("programmesProgress.mail.progress"),
          t("programmesProgress.partsDone", { done: view.done, total: view.total }),
        ],
        [t("programmesProgress.mail.nextPart"), view.nextPart],
        [t("programmesProgress.mail.deadline"), view.programme.deadline ? formatDay(view.programme.deadline) : null],
        [t("mail.detail.info"), `${options.appUrl}/koulutukset/${encodeURIComponent(view.programme.slug)}`],
      ]),
      t("mail.signature"),
      t("programmes.mail.why"),
    ],
  }));
}

export type NetworkJoinRequestedMailView = {
  recipient: Recipient;
  network: { name: string; slug: string };
  requester: PersonName;
  message: string | null;
};

/** To one chair: someone asks to join, with their message and where to decide (ADR 29). */
export function networkJoinRequestedMail(
  view: NetworkJoinRequestedMailView,
  options: { appUrl: string },
): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("networks.mail.requested.subject", { network: view.network.name }),
    lines: [
      greeting(t, view.recipient),
      t("networks.mail.requested.intro", {
        person: displayNameWithLibrary(view.requester, t),
        network: view.network.name,
      }),
      view.message ? `${t("networks.mail.requested.message")}:\n${view.message}` : null,
      t("networks.mail.requested.decide", { url: networkUrl(options.appUrl, view.network.slug) }),
      t("mail.signature"),
      t("networks.mail.whyChair"),
    ],
  }));
}

export type NetworkJoinDecidedMailView = {
  recipient: Recipient;
  network: { name: string; slug: string };
  decision: "approved" | "declined";
  reason: string | null;
};

/** To the person who asked: approved (welcome) or declined, with the chair's reason when given. */
export function networkJoinDecidedMail(view: NetworkJoinDecidedMailView, options: { appUrl: string }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t(`networks.mail.${view.decision}.subject`, { network: view.network.name }),
    lines: [
      greeting(t, view.recipient),
      t(`networks.mail.${view.decision}.intro`, { network: view.network.name }),
      view.decision === "declined" && view.reason ? `${t("networks.mail.declined.reason")}:\n${view.reason}` : null,
      facts([[t("mail.detail.info"), networkUrl(options.appUrl, view.network.slug)]]),
      t("mail.signature"),
    ],
  }));
}

export type NetworkAnnouncementMailView = {
  recipient: Recipient;
  network: { name: string; slug: string };
  title: string;
  body: string;
  author: PersonName | null;
};

/** To one active member: a chair's announcement, its text as written (plain text), and where the network is. */
export function networkAnnouncementMail(view: NetworkAnnouncementMailView, options: { appUrl: string }): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("networkAnnouncements.mail.subject", { network: view.network.name, title: view.title }),
    lines: [
      greeting(t, view.recipient),
      view.author
        ? t("networkAnnouncements.mail.introBy", {
            person: displayNameWithLibrary(view.author, t),
            network: view.network.name,
          })
        : t("networkAnnouncements.mail.intro", { network: view.network.name }),
      view.title,
      view.body,
      facts([[t("mail.detail.info"), networkUrl(options.appUrl, view.network.slug)]]),
      t("mail.signature"),
      t("networkAnnouncements.mail.why", { network: view.network.name }),
    ],
  }));
}

const networkUrl = (appUrl: string, slug: string) => `${appUrl}/verkostot/${encodeURIComponent(slug)}`;

export type NetworkJoinRequestsStaleMailView = {
  recipient: Recipient;
  network: { name: string; slug: string };
  requests: { person: PersonName; requestedAt: Date }[];
};

/** To one chair: join requests that have waited for two weeks, with the way to decide them. */
export function networkJoinRequestsStaleMail(
  view: NetworkJoinRequestsStaleMailView,
  options: { appUrl: string },
): ComposedMail {
  return compose(view.recipient.locale, (t) => ({
    subject: t("networks.mail.stale.subject", { network: view.network.name, count: view.requests.length }),
    lines: [
      greeting(t, view.recipient),
      t("networks.mail.stale.intro", { network: view.network.name, count: view.requests.length }),
      view.requests
        .map((r) =>
          t("networks.mail.stale.request", {
            person: displayNameWithLibrary(r.person, t),
            date: formatDate(r.requestedAt),
          }),
        )
        .join("\n"),
      t("networks.mail.requested.decide", { url: networkUrl(options.appUrl, view.network.slug) }),
      t("mail.signature"),
      t("networks.mail.whyChair"),
    ],
  }));
}

// ───────────── job shadowing (ADR 30) ─────────────

export type ExchangeMailApplication = {
  id: string;
  applicant: { name: string | null; library: { name: string } | null };
  offer: { title: string; hostLibrary: { name: string }; round: { title: string } };
  motivation: string | null;
  preferredDates: Date[];
  visitDate: Date | null;
  hostMessage: string | null;
  closeReason?: string | null;
};

const personOf = (a: ExchangeMailApplication): PersonName => ({
  name: a.applicant.name,
  libraryName: a.applicant.library?.name ?? null,
});

/** Where an application is read and decided: the consent, the host's decision, withdrawing. */
const exchangeApplicationUrl = (appUrl: string, id: string) => `${appUrl}/tyon-varjostus/hakemukset/${id}`;

function exchangeFacts(t: Translate, a: ExchangeMailApplication, appUrl: string) {
  return facts([
    [t("exchanges.mail.detail.offer"), `${a.offer.title} (${a.offer.hostLibrary.name})`],
    [t("exchanges.mail.detail.round"), a.offer.round.title],
    [t("exchanges.mail.detail.preferredDates"), a.preferredDates.map((d) => formatDate(d)).join(", ") || null],
    [t("mail.detail.info"), exchangeApplicationUrl(appUrl, a.id)],
  ]);
}

/** To a supervisor of the applicant's library: consent before the host sees it. */
export function exchangeConsentRequestedMail(
  view: { recipient: Recipient; application: ExchangeMailApplication },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  return compose(view.recipient.locale, (t) => ({
    subject: t("exchanges.mail.consent.subject", { person: displayName(personOf(a), t) }),
    lines: [
      greeting(t, view.recipient),
      t("exchanges.mail.consent.intro", { person: displayNameWithLibrary(personOf(a), t), offer: a.offer.title }),
      a.motivation ? `${t("exchanges.mail.detail.motivation")}:\n${a.motivation}` : null,
      exchangeFacts(t, a, options.appUrl),
      t("exchanges.mail.consent.decide"),
      t("mail.signature"),
    ],
  }));
}

/** To the host: an application to decide (after consent, or at once without a supervisor). */
export function exchangeApplicationSubmittedMail(
  view: { recipient: Recipient; application: ExchangeMailApplication },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  return compose(view.recipient.locale, (t) => ({
    subject: t("exchanges.mail.submitted.subject", { offer: a.offer.title }),
    lines: [
      greeting(t, view.recipient),
      t("exchanges.mail.submitted.intro", { person: displayNameWithLibrary(personOf(a), t), offer: a.offer.title }),
      a.motivation ? `${t("exchanges.mail.detail.motivation")}:\n${a.motivation}` : null,
      exchangeFacts(t, a, options.appUrl),
      t("exchanges.mail.submitted.decide"),
      t("mail.signature"),
    ],
  }));
}

/** To the applicant: accepted for a day (the .ics goes with it) or declined, with the message given. */
export function exchangeApplicationDecidedMail(
  view: {
    recipient: Recipient;
    application: ExchangeMailApplication;
    status: "ACCEPTED" | "DECLINED";
    bySupervisor: boolean;
  },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  const accepted = view.status === "ACCEPTED";
  return compose(view.recipient.locale, (t) => ({
    subject: t(accepted ? "exchanges.mail.accepted.subject" : "exchanges.mail.declined.subject", {
      offer: a.offer.title,
    }),
    lines: [
      greeting(t, view.recipient),
      accepted
        ? t("exchanges.mail.accepted.intro", {
            offer: a.offer.title,
            library: a.offer.hostLibrary.name,
            day: a.visitDate ? formatDate(a.visitDate) : "",
          })
        : t(view.bySupervisor ? "exchanges.mail.declined.bySupervisor" : "exchanges.mail.declined.byHost", {
            offer: a.offer.title,
          }),
      a.hostMessage ? `${t("exchanges.mail.detail.hostMessage")}:\n${a.hostMessage}` : null,
      exchangeFacts(t, a, options.appUrl),
      accepted ? t("exchanges.mail.accepted.report") : null,
      t("mail.signature"),
    ],
  }));
}

/** To the host: the applicant withdrew (an agreed day's entry is cancelled with it). */
export function exchangeApplicationWithdrawnMail(
  view: { recipient: Recipient; application: ExchangeMailApplication },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  return compose(view.recipient.locale, (t) => ({
    subject: t("exchanges.mail.withdrawn.subject", { offer: a.offer.title }),
    lines: [
      greeting(t, view.recipient),
      t("exchanges.mail.withdrawn.intro", { person: displayNameWithLibrary(personOf(a), t), offer: a.offer.title }),
      a.visitDate ? t("exchanges.mail.withdrawn.dayFree", { day: formatDate(a.visitDate) }) : null,
      exchangeFacts(t, a, options.appUrl),
      t("mail.signature"),
    ],
  }));
}

/** To each coordinator: both reports of an exchange are in, so it can be completed. */
export function exchangeReportsInMail(
  view: { recipient: Recipient; application: ExchangeMailApplication },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  return compose(view.recipient.locale, (t) => ({
    subject: t("exchanges.mail.reportsIn.subject", { person: displayName(personOf(a), t) }),
    lines: [
      greeting(t, view.recipient),
      t("exchanges.mail.reportsIn.intro", { person: displayNameWithLibrary(personOf(a), t), offer: a.offer.title }),
      exchangeFacts(t, a, options.appUrl),
      t("exchanges.mail.reportsIn.complete"),
      t("mail.signature"),
    ],
  }));
}

/** To the visitor and the host: the exchange was completed (thanks; consented reports published) or closed (why). */
export function exchangeEndedMail(
  view: { recipient: Recipient; application: ExchangeMailApplication; status: "COMPLETED" | "CLOSED" },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  const completed = view.status === "COMPLETED";
  return compose(view.recipient.locale, (t) => ({
    subject: t(completed ? "exchanges.mail.completed.subject" : "exchanges.mail.closed.subject", {
      offer: a.offer.title,
    }),
    lines: [
      greeting(t, view.recipient),
      t(completed ? "exchanges.mail.completed.intro" : "exchanges.mail.closed.intro", {
        offer: a.offer.title,
        library: a.offer.hostLibrary.name,
      }),
      !completed && a.closeReason ? `${t("exchanges.mail.detail.closeReason")}:\n${a.closeReason}` : null,
      completed ? t("exchanges.mail.completed.published") : null,
      exchangeFacts(t, a, options.appUrl),
      t("mail.signature"),
    ],
  }));
}

/** To the offer's contact: the visit agreed for a day (the .ics goes with it). */
export function exchangeVisitAgreedMail(
  view: { recipient: Recipient; application: ExchangeMailApplication },
  options: { appUrl: string },
): ComposedMail {
  const a = view.application;
  return compose(view.recipient.locale, (t) => ({
    subject: t("exchanges.mail.agreed.subject", { person: displayName(personOf(a), t) }),
    lines: [
      greeting(t, view.recipient),
      t("exchanges.mail.agreed.intro", {
        person: displayNameWithLibrary(personOf(a), t),
        offer: a.offer.title,
        day: a.visitDate ? formatDate(a.visitDate) : "",
      }),
      a.hostMessage ? `${t("exchanges.mail.detail.hostMessage")}:\n${a.hostMessage}` : null,
      exchangeFacts(t, a, options.appUrl),
      t("exchanges.mail.agreed.report"),
      t("mail.signature"),
    ],
  }));
}
