// Steering-group meetings (ohjausryhmän kokoukset): the spring 2023 meeting
// whose action items were reviewed in autumn (one still carries on), the
// autumn 2023 meeting of the source minutes with its agenda, minutes, news
// round, decisions and action items, and the next meeting in Jyväskylä agreed
// there, with the scheduling poll that chose its time.
//
// Times are UTC instants written from Helsinki local time: UTC+3 in May and
// September 2023 (summer time), UTC+2 in November 2023.
import {
  ActionItemReviewOutcome,
  ActionItemStatus,
  AgendaItemKind,
  AttendanceStatus,
  MaterialKind,
  MaterialVisibility,
  MeetingStatus,
  PollAnswer,
  PollStatus,
} from "@/lib/db/enums";
import { day, optionalRef, ref, syncByKey, type SeedContext } from "./context";
import { ITEM_TITLES, JAMBOARD_URL, MATERIALS_URL, MINUTES_BY_ITEM, NEWS_ROUND } from "./minutes-2023-3";
import { PIKE_VISION } from "./pages";
import { PEOPLE } from "./users";

export interface MaterialSeed {
  title: string;
  url: string;
  visibility?: MaterialVisibility;
}

export interface AgendaItemSeed {
  kind: AgendaItemKind;
  title: string;
  body: string;
  minutes?: string;
  presenter?: string;
  presenterName?: string;
  materials?: MaterialSeed[];
}

export interface DecisionSeed {
  /** Position (from 1) of the agenda item the decision belongs to. */
  item: number;
  text: string;
}

/** How a later meeting reviewed an action item under "previous action items". */
export interface ActionItemReviewSeed {
  /** Title of the meeting where it was reviewed. */
  meeting: string;
  outcome: ActionItemReviewOutcome;
  previousDueDate: string | null;
  newDueDate?: string;
  by: string;
  at: string;
}

export interface ActionItemSeed {
  item: number;
  title: string;
  description?: string;
  /** A person (email), a member library (slug), or both as in the minutes. */
  owner?: string;
  ownerLibrary?: string;
  /** The current due date (after any carry-on). */
  dueDate: string | null;
  status: ActionItemStatus;
  /** Title of the meeting in which it was marked done, and when. */
  closedIn?: string;
  closedAt?: string;
  reviews?: ActionItemReviewSeed[];
}

export interface MeetingSeed {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  remoteUrl: string | null;
  status: MeetingStatus;
  chair: string;
  secretary: string;
  summary: string;
  approvedAt: string | null;
  attendance: AttendanceStatus;
  agenda: AgendaItemSeed[];
  /** Library slug → author of the library's news-round entry. */
  newsRoundAuthors?: Record<string, string>;
  newsRoundSubmittedAt?: string;
  decisions?: DecisionSeed[];
  actionItems?: ActionItemSeed[];
}

/** Who is invited to the steering group's meetings. */
const STEERING_GROUP = [
  PEOPLE.hanna,
  PEOPLE.johanna,
  PEOPLE.laila,
  PEOPLE.niina,
  PEOPLE.muurameSteering,
  PEOPLE.juli,
  PEOPLE.mervi,
  PEOPLE.kaisa,
];

export const SPRING_MEETING_TITLE = "Ohjausryhmän kokous 2/2023";
export const AUTUMN_MEETING_TITLE = "Ohjausryhmän kokous 3/2023";
export const NEXT_MEETING_TITLE = "Ohjausryhmän kokous 4/2023";

export const MEETINGS: MeetingSeed[] = [
  {
    title: SPRING_MEETING_TITLE,
    // ti 16.5.2023 klo 13–15 (UTC+3)
    startsAt: "2023-05-16T10:00:00Z",
    endsAt: "2023-05-16T12:00:00Z",
    location: "Tampereen pääkirjasto Metso, Pirkankatu 2, Tampere",
    remoteUrl: null,
    status: MeetingStatus.MINUTES_APPROVED,
    chair: PEOPLE.hanna,
    secretary: PEOPLE.juli,
    summary:
      "Kevään kuulumiset, PiKe-visiotyön eteneminen, aspa-ajokortin tilanne, syksyn 2023 koulutustarjotin sekä työn varjostuksen ja työelämävaihdon kokeilun valmistelu.",
    approvedAt: "2023-05-23T09:00:00Z",
    attendance: AttendanceStatus.PRESENT,
    agenda: [
      {
        kind: AgendaItemKind.OPENING,
        title: "Kokouksen avaus",
        body: "Puheenjohtaja avaa kokouksen ja todetaan läsnäolijat.",
        minutes: "Hanna avasi kokouksen klo 13.05. Asialista hyväksyttiin.",
      },
      {
        kind: AgendaItemKind.NEWS_ROUND,
        title: "Kuulumiskierros",
        body: "Jäsenkirjastojen kuulumiset: talous, henkilöstö, hankkeet ja tapahtumat.",
        minutes:
          "Kirjastot kertoivat kevään kuulumiset. Talousarviovalmistelu syksyä varten on alkamassa kaikissa kunnissa, ja kesän aukioloissa hyödynnetään omatoimikirjastoja.",
      },
      {
        kind: AgendaItemKind.PREVIOUS_ACTIONS,
        title: "Edellisen kokouksen toimenpiteet",
        body: "Käydään läpi kokouksessa 1/2023 sovittujen toimenpiteiden tilanne.",
        minutes: "Kokouksen 1/2023 toimenpiteet on tehty.",
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: "PiKe-visiotyön eteneminen",
        body: "Kevään visiotyöpajojen tulokset ja vision kiteyttäminen syksyksi.",
        minutes:
          "Visiotyöpajoihin osallistui henkilöstöä kaikista jäsenkirjastoista. Työpajojen tulokset kootaan, ja kiteytetty visio tuodaan ohjausryhmälle syyskuussa. Kaikille avoimet visiokahvit järjestetään syyskuun alussa.",
        presenter: PEOPLE.juli,
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: "Aspa-ajokortti ja syksyn 2023 koulutustarjotin",
        body: "Aspa-ajokortin suoritustilanne ja syksyn osaamisen kehittämisen tarjottimen valmistelu.",
        minutes:
          "Aspa-ajokortin on aloittanut moni, mutta kaikki eivät ole suorittaneet sitä loppuun. Syksyn tarjottimelle suunnitellaan työpajoja vietäväksi kuntiin.",
        presenter: PEOPLE.mervi,
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: "Työn varjostus ja työelämävaihto",
        body: "Loppuvuoden 2023 kokeilun valmistelu: vastaanottavat kirjastot ja yhteyshenkilöt.",
        minutes:
          "Kokeilu toteutetaan alueella loppuvuonna 2023. Jokainen jäsenkirjasto nimeää kokeiluun yhteyshenkilön.",
      },
      {
        kind: AgendaItemKind.NEXT_MEETING,
        title: "Seuraava kokous",
        body: "Sovitaan syksyn ensimmäisen kokouksen ajankohta.",
        minutes: "Syksyn ensimmäinen kokous pidetään etänä syyskuussa. Ajankohta sovitaan kyselyllä.",
      },
    ],
    decisions: [
      {
        item: 4,
        text: "PiKe-visio kiteytetään kevään visiotyöpajojen pohjalta ja tuodaan ohjausryhmän hyväksyttäväksi syyskuun kokouksessa.",
      },
      {
        item: 6,
        text: "Työn varjostuksen ja työelämävaihdon kokeilu toteutetaan alueella loppuvuonna 2023.",
      },
    ],
    actionItems: [
      {
        item: 4,
        title: "Juli kokoaa visiotyöpajojen tulokset vision kiteyttämistä varten",
        owner: PEOPLE.juli,
        dueDate: "2023-08-31",
        status: ActionItemStatus.DONE,
        // Reviewed in the autumn meeting, where the crystallised vision was approved.
        closedIn: AUTUMN_MEETING_TITLE,
        closedAt: "2023-09-12T11:00:00Z",
        reviews: [
          {
            meeting: AUTUMN_MEETING_TITLE,
            outcome: ActionItemReviewOutcome.DONE,
            previousDueDate: "2023-08-31",
            by: PEOPLE.juli,
            at: "2023-09-12T11:00:00Z",
          },
        ],
      },
      {
        item: 5,
        title: "Mervi kokoaa aspa-ajokortin suorittaneiden määrät kunnittain",
        owner: PEOPLE.mervi,
        dueDate: "2023-08-31",
        status: ActionItemStatus.DONE,
        closedIn: AUTUMN_MEETING_TITLE,
        closedAt: "2023-09-12T11:00:00Z",
        reviews: [
          {
            meeting: AUTUMN_MEETING_TITLE,
            outcome: ActionItemReviewOutcome.DONE,
            previousDueDate: "2023-08-31",
            by: PEOPLE.juli,
            at: "2023-09-12T11:00:00Z",
          },
        ],
      },
      {
        item: 6,
        title: "Jyväskylä nimeää yhteyshenkilön työn varjostuksen ja työelämävaihdon kokeiluun",
        description: "Yhteyshenkilö sopii kokeilun koordinaattorin kanssa vastaanottavat toimipisteet ja vaihtopäivät.",
        ownerLibrary: "jyvaskyla",
        // Carried on in 3/2023 with a new due date: still open, so it comes up again in 4/2023.
        dueDate: "2023-10-31",
        status: ActionItemStatus.OPEN,
        reviews: [
          {
            meeting: AUTUMN_MEETING_TITLE,
            outcome: ActionItemReviewOutcome.CARRIED_ON,
            previousDueDate: "2023-06-30",
            newDueDate: "2023-10-31",
            by: PEOPLE.juli,
            at: "2023-09-12T11:00:00Z",
          },
        ],
      },
    ],
  },
  {
    title: AUTUMN_MEETING_TITLE,
    // ti 12.9.2023 klo 13–15 (UTC+3)
    startsAt: "2023-09-12T10:00:00Z",
    endsAt: "2023-09-12T12:00:00Z",
    location: "Etäkokous (Teams)",
    remoteUrl: "https://teams.microsoft.com/l/meetup-join/pike-demo-ohry-3-2023",
    status: MeetingStatus.MINUTES_APPROVED,
    chair: PEOPLE.hanna,
    secretary: PEOPLE.juli,
    summary:
      "Syksyn kuulumiset jäsenkirjastoista, PiKe-visio kiteytyi, aspa-ajokortin ja pikeboksien tilanne, akepiken syksyn koulutukset, keskisuuren akepike-kyselyn tulokset, PiKe-verkostot, työn varjostuksen kokeilu sekä vuoden 2024 toimintasuunnitelman aikataulu.",
    // Approved by e-mail a week after the meeting.
    approvedAt: "2023-09-19T09:00:00Z",
    attendance: AttendanceStatus.REMOTE,
    agenda: [
      {
        kind: AgendaItemKind.OPENING,
        title: "Kokouksen avaus",
        body: "Puheenjohtaja avaa kokouksen. Asialista ja materiaalit on jaettu etukäteen.",
        minutes: MINUTES_BY_ITEM.opening,
        materials: [{ title: "Asialista ja materiaalit", url: MATERIALS_URL }],
      },
      {
        kind: AgendaItemKind.NEWS_ROUND,
        title: ITEM_TITLES.newsRound,
        body: "Jäsenkirjastojen kuulumiset: talous, henkilöstö, hankkeet ja tapahtumat. Kuulumiset kootaan Jamboardille.",
        minutes: MINUTES_BY_ITEM.newsRound,
        materials: [{ title: "Kuulumiskierros (Jamboard)", url: JAMBOARD_URL }],
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: ITEM_TITLES.aspaVision,
        body: "Kehittämiskirjaston ajankohtaiset: aspa-ajokortin ja pikeboksien tilanne sekä kiteytynyt PiKe-visio.",
        minutes: MINUTES_BY_ITEM.aspaVision,
        presenter: PEOPLE.mervi,
        presenterName: "Mervi ja Kaisa",
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: ITEM_TITLES.autumn2023,
        body: "Syys–lokakuun osaamisen kehittämisen tarjotin ohry-esityksen pohjalta, koulutuspäivien ajankohdat ja työpajojen vieminen kuntiin.",
        minutes: MINUTES_BY_ITEM.autumn2023,
        presenter: PEOPLE.juli,
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: ITEM_TITLES.survey,
        body: "Keskisuuren akepike-kyselyn tulosten esittely ja keskustelu.",
        minutes: MINUTES_BY_ITEM.survey,
        presenter: PEOPLE.juli,
        materials: [{ title: "Kyselyn koonnit (esitysmateriaali)", url: MATERIALS_URL }],
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: ITEM_TITLES.networks,
        body: "PiKe-verkostot ja niiden puheenjohtajat, esittäytymistilaisuudet ja pelikirjat.",
        minutes: MINUTES_BY_ITEM.networks,
        materials: [
          {
            title: "Verkostojen esittäytymistilaisuudet ja pelikirjat (materiaaleissa)",
            url: MATERIALS_URL,
          },
        ],
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: ITEM_TITLES.jobShadowing,
        body: "Loppuvuoden 2023 työn varjostuksen ja työelämävaihdon kokeilu alueen kirjastoissa.",
        minutes: MINUTES_BY_ITEM.jobShadowing,
      },
      {
        kind: AgendaItemKind.OTHER_MATTERS,
        title: ITEM_TITLES.otherMatters,
        body: "Vuoden 2024 toimintasuunnitelman aikataulu, valtakunnallinen mentorointiohjelma ja johtajien ja esihenkilöiden kokoontuminen.",
        minutes: MINUTES_BY_ITEM.otherMatters,
        presenter: PEOPLE.juli,
      },
      {
        kind: AgendaItemKind.NEXT_MEETING,
        title: ITEM_TITLES.nextMeeting,
        body: "Sovitaan vuoden 2023 viimeisen kokouksen ajankohta ja paikka.",
        minutes: MINUTES_BY_ITEM.nextMeeting,
      },
    ],
    newsRoundAuthors: {
      tampere: PEOPLE.johanna,
      jyvaskyla: PEOPLE.hanna,
      valkeakoski: PEOPLE.laila,
      muurame: PEOPLE.muurameSteering,
    },
    // The entries were written on the Jamboard at the start of the meeting.
    newsRoundSubmittedAt: "2023-09-12T10:10:00Z",
    decisions: [
      {
        item: 3,
        text: `Ohjausryhmä hyväksyi kiteytyneen PiKe-vision: ”${PIKE_VISION}”`,
      },
      {
        item: 3,
        text: "Aspa-ajokortti on nykyisellään suoritettavissa vuoden 2023 loppuun. Aspa-ajokortin ja pikeboksien uusista toteutustavoista raportoidaan akepiken blogissa.",
      },
      {
        item: 4,
        text: "Koulutuksia viedään jatkossakin työpajoina kuntiin. Työpajoja ja niiden tarjotinta suunniteltaessa huomioidaan alueellinen yhdenvertaisuus.",
      },
      {
        item: 6,
        text: "Jatkossa uudet työntekijät pääsevät PiKe-verkostoihin mukaan verkoston puheenjohtajan kautta.",
      },
      {
        item: 7,
        text: "Työn varjostuksen ja työelämävaihdon kokeilu toistetaan ensi vuonna loppuvuoden kokeilun pohjalta ja sitä eteenpäin kehittäen.",
      },
      {
        item: 8,
        text: "Vuoden 2024 työpajatarjotin rakennetaan ohjausryhmän yhteisissä etäkokouksissa (yhteensä enintään 3 h) toimintasuunnitelman osaamisen kehittämisen teemojen mukaisesti.",
      },
      {
        item: 9,
        text: "Vuoden 2023 viimeinen ohjausryhmän kokous pidetään Jyväskylässä 29.11.2023 klo 12–14.",
      },
    ],
    actionItems: [
      {
        item: 8,
        title: "Juli lähettää kalenterikyselyt (doodle) toimintasuunnitelman työpajatarjottimen etäkokouksista",
        description: "Ohjausryhmän yhteiset etäkokoukset (yht. 3 h max) vuoden 2024 työpajatarjottimen rakentamiseksi.",
        owner: PEOPLE.juli,
        dueDate: "2023-09-15",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 9,
        title: "Hanna varaa kokoustilan ja varustelun 29.11. kokoukseen",
        description: "Kokouskutsuun päivitetään lopullinen tila.",
        owner: PEOPLE.hanna,
        ownerLibrary: "jyvaskyla",
        dueDate: "2023-11-29",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 5,
        title: "Juli kirjoittaa vaikuttavuuskoonnin akepiken blogiin",
        description:
          "Laajempi koonti kehittämiskirjastotoiminnan vaikuttavuudesta alueen henkilöstön näkemänä useamman vuoden kyselyaineistojen pohjalta.",
        owner: PEOPLE.juli,
        dueDate: "2023-12-31",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 3,
        title: "Mervi raportoi aspa-ajokortin uusista toteutustavoista akepiken blogiin",
        owner: PEOPLE.mervi,
        dueDate: "2023-12-31",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 3,
        title: "Kaisa raportoi pikeboksien uusista toteutustavoista akepiken blogiin",
        owner: PEOPLE.kaisa,
        dueDate: "2023-12-31",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 8,
        title: "Juli kirjoittaa vuoden 2024 toimintasuunnitelman",
        description: "Luonnos käsitellään ohjausryhmän kokouksessa 29.11.2023.",
        owner: PEOPLE.juli,
        dueDate: "2023-11-29",
        status: ActionItemStatus.OPEN,
      },
      {
        item: 4,
        title: "Kaisa suunnittelee kehittämiskirjaston lähikirjastokierroksen Jyväskylään",
        description: "Jyväskylän toive: esimerkiksi Palokka ja Vaajakoski, varsinkin matkustusrajoitusten aikana.",
        owner: PEOPLE.kaisa,
        dueDate: null,
        status: ActionItemStatus.OPEN,
      },
    ],
  },
  {
    title: NEXT_MEETING_TITLE,
    // ke 29.11.2023 klo 12–14 (UTC+2)
    startsAt: "2023-11-29T10:00:00Z",
    endsAt: "2023-11-29T12:00:00Z",
    location: "Jyväskylän pääkirjasto, Vapaudenkatu 39–41, Jyväskylä",
    remoteUrl: null,
    status: MeetingStatus.AGENDA_PUBLISHED,
    chair: PEOPLE.hanna,
    secretary: PEOPLE.juli,
    summary:
      "Vuoden 2023 viimeinen ohjausryhmän kokous Jyväskylässä: toimintasuunnitelma 2024 ja kevään 2024 koulutustarjotin. Hanna vahvistaa kokoustilan; kokouskutsuun päivitetään lopullinen tila.",
    approvedAt: null,
    attendance: AttendanceStatus.INVITED,
    agenda: [
      {
        kind: AgendaItemKind.OPENING,
        title: "Kokouksen avaus",
        body: "Puheenjohtaja avaa kokouksen ja todetaan läsnäolijat.",
      },
      {
        kind: AgendaItemKind.NEWS_ROUND,
        title: "Kuulumiskierros",
        body: "Jäsenkirjastojen kuulumiset: talous, henkilöstö, hankkeet ja tapahtumat.",
      },
      {
        kind: AgendaItemKind.PREVIOUS_ACTIONS,
        title: "Edellisen kokouksen toimenpiteet",
        body: "Käydään läpi 12.9.2023 kokouksessa sovittujen toimenpiteiden tilanne.",
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: "Toimintasuunnitelma 2024",
        body: "Vuoden 2024 toimintasuunnitelman luonnos, joka on rakennettu ohjausryhmän etätyöpajoissa toimintasuunnitelman osaamisen kehittämisen teemojen mukaisesti.",
        presenter: PEOPLE.juli,
      },
      {
        kind: AgendaItemKind.STANDARD,
        title: "Koulutustarjotin kevät 2024",
        body: "Kevään 2024 osaamisen kehittämisen tarjotin: työpajat kuntiin, koulutuspäivät, aspa-ajokortti ja pikeboksit. Alueellinen yhdenvertaisuus tarjotinta suunniteltaessa.",
        presenter: PEOPLE.mervi,
        presenterName: "Mervi ja Kaisa",
      },
      {
        kind: AgendaItemKind.OTHER_MATTERS,
        title: "Muut asiat",
        body: "Muut esille tulevat asiat.",
      },
      {
        kind: AgendaItemKind.NEXT_MEETING,
        title: "Seuraava kokous",
        body: "Sovitaan kevään 2024 ensimmäisen kokouksen ajankohta ajankohtakyselyn pohjalta.",
      },
    ],
  },
];

export interface PollSeed {
  title: string;
  description: string;
  /** The meeting at which the poll was raised. */
  forMeeting: string;
  /** The meeting the poll's winning option became. */
  chosenMeeting: string;
  createdBy: string;
  createdAt: string;
  closesAt: string;
  options: { startsAt: string; endsAt: string; votes: Record<string, PollAnswer> }[];
}

const { YES, IF_NEED_BE, NO } = PollAnswer;

export const POLL: PollSeed = {
  title: "Ohjausryhmän kokous 4/2023 – ajankohtakysely",
  description:
    "Vuoden 2023 viimeinen ohjausryhmän kokous pidetään Jyväskylässä klo 12–14. Valitse sinulle sopivat päivät.",
  forMeeting: AUTUMN_MEETING_TITLE,
  chosenMeeting: NEXT_MEETING_TITLE,
  createdBy: PEOPLE.juli,
  createdAt: "2023-08-28T06:00:00Z",
  closesAt: "2023-09-08T13:00:00Z",
  options: [
    {
      // ke 22.11.2023 klo 12–14
      startsAt: "2023-11-22T10:00:00Z",
      endsAt: "2023-11-22T12:00:00Z",
      votes: {
        [PEOPLE.hanna]: YES,
        [PEOPLE.johanna]: NO,
        [PEOPLE.laila]: IF_NEED_BE,
        [PEOPLE.niina]: YES,
        [PEOPLE.muurameSteering]: NO,
      },
    },
    {
      // ke 29.11.2023 klo 12–14
      startsAt: "2023-11-29T10:00:00Z",
      endsAt: "2023-11-29T12:00:00Z",
      votes: {
        [PEOPLE.hanna]: YES,
        [PEOPLE.johanna]: YES,
        [PEOPLE.laila]: YES,
        [PEOPLE.niina]: IF_NEED_BE,
        [PEOPLE.muurameSteering]: YES,
      },
    },
    {
      // ti 5.12.2023 klo 12–14
      startsAt: "2023-12-05T10:00:00Z",
      endsAt: "2023-12-05T12:00:00Z",
      votes: {
        [PEOPLE.hanna]: IF_NEED_BE,
        [PEOPLE.johanna]: YES,
        [PEOPLE.laila]: NO,
        [PEOPLE.niina]: NO,
        [PEOPLE.muurameSteering]: IF_NEED_BE,
      },
    },
  ],
};

export async function seedMeetings({ db, log, refs }: SeedContext): Promise<void> {
  const user = (email: string) => ref(refs.users, email);

  // Meetings have no natural unique key: matched by title.
  const existingMeetings = await db.meeting.findMany({
    where: { title: { in: MEETINGS.map((meeting) => meeting.title) } },
    select: { id: true, title: true },
  });
  const meetingData = (meeting: MeetingSeed) => ({
    startsAt: new Date(meeting.startsAt),
    endsAt: new Date(meeting.endsAt),
    location: meeting.location,
    remoteUrl: meeting.remoteUrl,
    status: meeting.status,
    chairId: user(meeting.chair),
    secretaryId: user(meeting.secretary),
    summary: meeting.summary,
    approvedAt: meeting.approvedAt ? new Date(meeting.approvedAt) : null,
  });
  const meetingIds = await syncByKey({
    existing: existingMeetings,
    items: MEETINGS,
    rowKey: (row) => row.title,
    itemKey: (meeting) => meeting.title,
    create: (meeting) =>
      db.meeting.create({
        data: { title: meeting.title, ...meetingData(meeting) },
        select: { id: true },
      }),
    update: (id, meeting) => db.meeting.update({ where: { id }, data: meetingData(meeting), select: { id: true } }),
  });
  const meetingId = (title: string) => ref(meetingIds, title);

  // Agenda items (unique per meeting and position), attendances, news round.
  const agendaRows = MEETINGS.flatMap((meeting) =>
    meeting.agenda.map((item, index) => ({
      meetingId: meetingId(meeting.title),
      position: index + 1,
      item,
    })),
  );
  const [agendaItems] = await Promise.all([
    Promise.all(
      agendaRows.map(({ meetingId, position, item }) => {
        const data = {
          kind: item.kind,
          title: item.title,
          body: item.body,
          minutes: item.minutes ?? null,
          presenterId: optionalRef(refs.users, item.presenter),
          presenterName: item.presenterName ?? null,
        };
        return db.agendaItem.upsert({
          where: { meetingId_position: { meetingId, position } },
          create: { meetingId, position, ...data },
          update: data,
          select: { id: true, meetingId: true, position: true },
        });
      }),
    ),
    ...MEETINGS.flatMap((meeting) =>
      STEERING_GROUP.map((email) => {
        const key = { meetingId: meetingId(meeting.title), userId: user(email) };
        return db.meetingAttendance.upsert({
          where: { meetingId_userId: key },
          create: { ...key, status: meeting.attendance },
          update: { status: meeting.attendance },
          select: { userId: true },
        });
      }),
    ),
    ...MEETINGS.flatMap((meeting) =>
      Object.entries(meeting.newsRoundAuthors ?? {}).map(([librarySlug, author]) => {
        const entry = NEWS_ROUND[librarySlug];
        if (!entry) throw new Error(`Demo seed: no news round entry for ${librarySlug}`);
        const key = {
          meetingId: meetingId(meeting.title),
          libraryId: ref(refs.libraries, librarySlug),
        };
        // The fields carry the whole paragraph between them; `body` is for news
        // that fits none of them, so it stays empty here rather than repeat them.
        const data = {
          authorId: user(author),
          ...entry,
          body: null,
          submittedAt: meeting.newsRoundSubmittedAt ? new Date(meeting.newsRoundSubmittedAt) : null,
        };
        return db.libraryUpdate.upsert({
          where: { meetingId_libraryId: key },
          create: { ...key, ...data },
          update: data,
          select: { id: true },
        });
      }),
    ),
  ]);
  const agendaItemIds = new Map(agendaItems.map((item) => [`${item.meetingId}/${item.position}`, item.id]));
  const agendaItemId = (meeting: MeetingSeed, position: number) =>
    ref(agendaItemIds, `${meetingId(meeting.title)}/${position}`);

  // The secretary's saved minutes as one revision per item, written the day
  // after the meeting, so the history of approved minutes is not empty.
  // Items that already have revisions keep them.
  const minutesItems = MEETINGS.flatMap((meeting) =>
    meeting.agenda.flatMap((item, index) =>
      item.minutes ? [{ meeting, agendaItemId: agendaItemId(meeting, index + 1), minutes: item.minutes }] : [],
    ),
  );
  const revised = new Set(
    (
      await db.minutesRevision.findMany({
        where: { agendaItemId: { in: minutesItems.map((i) => i.agendaItemId) } },
        select: { agendaItemId: true },
        distinct: ["agendaItemId"],
      })
    ).map((r) => r.agendaItemId),
  );
  await db.minutesRevision.createMany({
    data: minutesItems
      .filter((i) => !revised.has(i.agendaItemId))
      .map(({ meeting, agendaItemId, minutes }) => ({
        agendaItemId,
        minutes,
        authorId: user(meeting.secretary),
        createdAt: new Date(new Date(meeting.endsAt).getTime() + 24 * 60 * 60 * 1000),
      })),
  });

  // Materials, decisions and action items: matched by their text within the meeting.
  const materials = MEETINGS.flatMap((meeting) =>
    meeting.agenda.flatMap((item, index) =>
      (item.materials ?? []).map((material) => ({
        agendaItemId: agendaItemId(meeting, index + 1),
        uploadedById: user(meeting.secretary),
        ...material,
      })),
    ),
  );
  const decisions = MEETINGS.flatMap((meeting) =>
    (meeting.decisions ?? []).map((decision, index) => ({
      meetingId: meetingId(meeting.title),
      agendaItemId: agendaItemId(meeting, decision.item),
      position: index + 1,
      text: decision.text,
    })),
  );
  const actionItems = MEETINGS.flatMap((meeting) =>
    (meeting.actionItems ?? []).map((action) => ({
      originMeetingId: meetingId(meeting.title),
      agendaItemId: agendaItemId(meeting, action.item),
      action,
    })),
  );
  const allMeetingIds = [...meetingIds.values()];
  const [existingMaterials, existingDecisions, existingActions] = await Promise.all([
    db.material.findMany({
      where: { agendaItemId: { in: [...agendaItemIds.values()] } },
      select: { id: true, agendaItemId: true, title: true },
    }),
    db.decision.findMany({
      where: { meetingId: { in: allMeetingIds } },
      select: { id: true, meetingId: true, text: true },
    }),
    db.actionItem.findMany({
      where: { originMeetingId: { in: allMeetingIds } },
      select: { id: true, originMeetingId: true, title: true },
    }),
  ]);

  const materialData = (material: (typeof materials)[number]) => ({
    kind: MaterialKind.LINK,
    url: material.url,
    visibility: material.visibility ?? MaterialVisibility.MEETING,
    uploadedById: material.uploadedById,
  });
  const actionData = ({ agendaItemId, action }: (typeof actionItems)[number]) => ({
    agendaItemId,
    description: action.description ?? null,
    ownerUserId: optionalRef(refs.users, action.owner),
    ownerLibraryId: optionalRef(refs.libraries, action.ownerLibrary),
    dueDate: action.dueDate ? day(action.dueDate) : null,
    status: action.status,
    closedInMeetingId: action.closedIn ? meetingId(action.closedIn) : null,
    closedAt: action.closedAt ? new Date(action.closedAt) : null,
  });
  const [, , actionItemIds] = await Promise.all([
    syncByKey({
      existing: existingMaterials,
      items: materials,
      rowKey: (row) => `${row.agendaItemId}/${row.title}`,
      itemKey: (material) => `${material.agendaItemId}/${material.title}`,
      create: (material) =>
        db.material.create({
          data: {
            agendaItemId: material.agendaItemId,
            title: material.title,
            ...materialData(material),
          },
          select: { id: true },
        }),
      update: (id, material) =>
        db.material.update({ where: { id }, data: materialData(material), select: { id: true } }),
    }),
    syncByKey({
      existing: existingDecisions,
      items: decisions,
      rowKey: (row) => `${row.meetingId}/${row.text}`,
      itemKey: (decision) => `${decision.meetingId}/${decision.text}`,
      create: (decision) => db.decision.create({ data: decision, select: { id: true } }),
      update: (id, decision) =>
        db.decision.update({
          where: { id },
          data: { agendaItemId: decision.agendaItemId, position: decision.position },
          select: { id: true },
        }),
    }),
    syncByKey({
      existing: existingActions,
      items: actionItems,
      rowKey: (row) => `${row.originMeetingId}/${row.title}`,
      itemKey: (item) => `${item.originMeetingId}/${item.action.title}`,
      create: (item) =>
        db.actionItem.create({
          data: {
            originMeetingId: item.originMeetingId,
            title: item.action.title,
            ...actionData(item),
          },
          select: { id: true },
        }),
      update: (id, item) => db.actionItem.update({ where: { id }, data: actionData(item), select: { id: true } }),
    }),
  ]);

  // How later meetings reviewed the items (one per item and meeting).
  const reviews = actionItems.flatMap((item) =>
    (item.action.reviews ?? []).map((review) => ({
      actionItemId: ref(actionItemIds, `${item.originMeetingId}/${item.action.title}`),
      meetingId: meetingId(review.meeting),
      data: {
        outcome: review.outcome,
        previousDueDate: review.previousDueDate ? day(review.previousDueDate) : null,
        newDueDate: review.newDueDate ? day(review.newDueDate) : null,
        reviewedById: user(review.by),
        createdAt: new Date(review.at),
      },
    })),
  );
  await Promise.all(
    reviews.map(({ actionItemId, meetingId, data }) =>
      db.actionItemReview.upsert({
        where: { actionItemId_meetingId: { actionItemId, meetingId } },
        create: { actionItemId, meetingId, ...data },
        update: data,
        select: { id: true },
      }),
    ),
  );

  // The scheduling poll that chose the time of the next meeting.
  const pollData = {
    title: POLL.title,
    description: POLL.description,
    forMeetingId: meetingId(POLL.forMeeting),
    status: PollStatus.CLOSED,
    closesAt: new Date(POLL.closesAt),
    createdById: user(POLL.createdBy),
    createdAt: new Date(POLL.createdAt),
  };
  const chosenMeetingId = meetingId(POLL.chosenMeeting);
  const poll = await db.schedulingPoll.upsert({
    where: { chosenMeetingId },
    create: { chosenMeetingId, ...pollData },
    update: pollData,
    select: { id: true, options: { select: { id: true, startsAt: true } } },
  });
  const optionIds = await syncByKey({
    existing: poll.options,
    items: POLL.options,
    rowKey: (row) => row.startsAt.toISOString(),
    itemKey: (option) => new Date(option.startsAt).toISOString(),
    create: (option) =>
      db.pollOption.create({
        data: {
          pollId: poll.id,
          startsAt: new Date(option.startsAt),
          endsAt: new Date(option.endsAt),
        },
        select: { id: true },
      }),
    update: (id, option) =>
      db.pollOption.update({
        where: { id },
        data: { endsAt: new Date(option.endsAt) },
        select: { id: true },
      }),
  });
  const votes = POLL.options.flatMap((option) =>
    Object.entries(option.votes).map(([email, answer]) => ({
      optionId: ref(optionIds, new Date(option.startsAt).toISOString()),
      userId: user(email),
      answer,
    })),
  );
  await Promise.all(
    votes.map(({ optionId, userId, answer }) =>
      db.pollVote.upsert({
        where: { optionId_userId: { optionId, userId } },
        create: { optionId, userId, answer },
        update: { answer },
        select: { optionId: true },
      }),
    ),
  );

  log(
    `Kokoukset: ${MEETINGS.length}, asiakohdat: ${agendaRows.length}, materiaalit: ${materials.length}, päätökset: ${decisions.length}, toimenpiteet: ${actionItems.length}, toimenpiteiden käsittelyt: ${reviews.length}, ajankohtakyselyn vastaukset: ${votes.length}`,
  );
}
