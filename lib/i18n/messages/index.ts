// Every area's catalogue, merged. Add an area: create its file beside this
// one ({ fi, en } with the same keys) and list it here.
import actionItems from "./action-items";
import afterSession from "./after-session";
import feedbackReport from "./feedback-report";
import auth from "./auth";
import calendar from "./calendar";
import common from "./common";
import enrolments from "./enrolments";
import errors from "./errors";
import exchanges from "./exchanges";
import kits from "./kits";
import kitsCatalogue from "./kits-catalogue";
import kitsReservations from "./kits-reservations";
import kitsHandovers from "./kits-handovers";
import kitsUsage from "./kits-usage";
import libraries from "./libraries";
import materials from "./materials";
import meetingNav from "./meeting-nav";
import meetings from "./meetings";
import mentoring from "./mentoring";
import meetingsAdmin from "./meetings-admin";
import minutes from "./minutes";
import networks from "./networks";
import networksPlaybook from "./networks-playbook";
import networksEvents from "./networks-events";
import networksHealth from "./networks-health";
import networksAdmin from "./networks-admin";
import networksRoster from "./networks-roster";
import networksAnnouncements from "./networks-announcements";
import exchangesRounds from "./exchanges-rounds";
import exchangesApplications from "./exchanges-applications";
import exchangesReports from "./exchanges-reports";
import exchangesOverview from "./exchanges-overview";
import exchangesFigures from "./exchanges-figures";
import coverageAnnual from "./coverage-annual";
import coverage from "./coverage";
import revisions from "./revisions";
import newsRound from "./news-round";
import polls from "./polls";
import privacy from "./privacy";
import profile from "./profile";
import programmes from "./programmes";
import programmesAdmin from "./programmes-admin";
import programmesProgress from "./programmes-progress";
import search from "./search";
import orders from "./orders";
import trainings from "./trainings";
import trainingsAdmin from "./trainings-admin";
import usersAdmin from "./users-admin";

export const areaCatalogues = [
  common,
  errors,
  auth,
  meetings,
  trainings,
  enrolments,
  libraries,
  kits,
  kitsCatalogue,
  kitsReservations,
  kitsHandovers,
  networks,
  exchanges,
  calendar,
  trainingsAdmin,
  orders,
  afterSession,
  feedbackReport,
  search,
  meetingNav,
  meetingsAdmin,
  materials,
  minutes,
  newsRound,
  actionItems,
  polls,
  privacy,
  usersAdmin,
  profile,
  programmes,
  programmesAdmin,
  mentoring,
  programmesProgress,
  kitsUsage,
  networksPlaybook,
  networksEvents,
  networksHealth,
  networksAdmin,
  networksRoster,
  networksAnnouncements,
  exchangesRounds,
  exchangesApplications,
  exchangesReports,
  exchangesOverview,
  exchangesFigures,
  coverageAnnual,
  coverage,
  revisions,
] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = KeysOf<(typeof areaCatalogues)[number]["fi"]>;

export const fi = Object.assign({}, ...areaCatalogues.map((a) => a.fi)) as Record<MessageKey, string>;
export const en = Object.assign({}, ...areaCatalogues.map((a) => a.en)) as Record<MessageKey, string>;
