// Training menus (osaamisen kehittämisen tarjotin), their offerings of every
// kind, the aspa-ajokortti programme modules and the training sessions; the
// workshop Muurame ordered and got scheduled, and Valkeakoski's staff interest.
// Autumn 2023 follows the steering group's minutes of 12.9.2023; spring 2027
// is the upcoming menu of the running demo (the app's "now" is late 2026).
// No enrolments are seeded: every session has seatsTaken = 0.
//
// Times are UTC instants written from Helsinki local time: UTC+3 in summer
// time (until 29.10.2023; from 28.3.2027), otherwise UTC+2.
import {
  Eligibility,
  MenuStatus,
  OfferingKind,
  ProgrammePartMode,
  SessionStatus,
  WorkshopOrderStatus,
} from "@/lib/db/enums";
import { day, optionalRef, ref, syncByKey, type SeedContext } from "./context";
import { servicePointKey } from "./libraries";
import { PEOPLE } from "./users";

export interface MenuSeed {
  slug: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: MenuStatus;
  publishedAt: string | null;
  intro: string;
}

export interface ModuleSeed {
  title: string;
  description: string;
  required?: boolean;
  /** How the part is done (ADR 28); SELF_REPORTED when absent. */
  mode?: ProgrammePartMode;
  /** ATTENDANCE: the offering (slug) whose session completes the part. */
  linkedOffering?: string;
  materials?: { title: string; url: string }[];
}

export interface SessionSeed {
  title?: string;
  startsAt: string;
  endsAt: string;
  /** [library slug, service point name] */
  servicePoint?: readonly [string, string];
  place: string;
  remoteUrl?: string;
  hostLibrary?: string;
  capacity: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  /** Only the staff of this library (slug) may enrol. */
  restrictedTo?: string;
  status?: SessionStatus;
}

export interface OfferingSeed {
  slug: string;
  menu: string;
  kind: OfferingKind;
  title: string;
  summary: string;
  description: string;
  audience: string;
  trainer?: string;
  trainerName?: string;
  orderable?: boolean;
  network?: string;
  themes: string[];
  modules?: ModuleSeed[];
  /** A programme's deadline (yyyy-mm-dd) and when its parts were published. */
  deadline?: string;
  programmePublishedAt?: string;
  sessions?: SessionSeed[];
}

const TEAMS = "Etänä (Teams)";
const teams = (id: string) => `https://teams.microsoft.com/l/meetup-join/pike-demo-${id}`;

/** Registration for the spring 2027 menu opened on Monday 16.11.2026 at 9.00. */
const SPRING_2027_REGISTRATION_OPENS = "2026-11-16T07:00:00Z";

export const MENUS: MenuSeed[] = [
  {
    slug: "syys-lokakuu-2023",
    title: "Syys–lokakuu 2023",
    periodStart: "2023-09-01",
    periodEnd: "2023-10-31",
    status: MenuStatus.PUBLISHED,
    publishedAt: "2023-08-21T06:00:00Z",
    intro:
      "Akepiken syksyn 2023 osaamisen kehittämisen tarjotin. Työpajoja viedään kuntiin esihenkilöiden tilauksesta, ja niihin kutsutaan toimijoita useista kirjastoista. Etäosallistuminen on mahdollista useimmissa tilaisuuksissa.",
  },
  {
    slug: "marras-joulukuu-2023",
    title: "Marras–joulukuu 2023",
    periodStart: "2023-11-01",
    periodEnd: "2023-12-31",
    status: MenuStatus.PUBLISHED,
    publishedAt: "2023-10-23T06:00:00Z",
    intro:
      "Loppuvuoden 2023 tarjotin: digiopastuksen rohkeutta, kyselyjen tuloksia ja ilmoittautuminen ensi vuonna alkavaan valtakunnalliseen mentorointiohjelmaan.",
  },
  {
    slug: "kevat-2027",
    title: "Kevät 2027",
    periodStart: "2027-01-01",
    periodEnd: "2027-05-31",
    status: MenuStatus.PUBLISHED,
    publishedAt: SPRING_2027_REGISTRATION_OPENS,
    intro:
      "Kevään 2027 osaamisen kehittämisen tarjotin toimintasuunnitelman teemojen mukaisesti: asiakaspalvelu, digiosaaminen, kulttuurihyvinvointi, johtaminen, omatoimikirjastot ja lukemisen edistäminen. Työpajan voi tilata omaan kirjastoon – alueellinen yhdenvertaisuus on tarjottimen lähtökohta.",
  },
  {
    slug: "syksy-2027",
    title: "Syksy 2027",
    periodStart: "2027-08-01",
    periodEnd: "2027-12-31",
    status: MenuStatus.DRAFT,
    publishedAt: null,
    intro: "Luonnos: syksyn 2027 tarjotin rakennetaan ohjausryhmän työpajoissa keväällä 2027.",
  },
  {
    slug: "kevat-2028",
    title: "Kevät 2028",
    periodStart: "2028-01-01",
    periodEnd: "2028-05-31",
    status: MenuStatus.DRAFT,
    publishedAt: null,
    intro:
      "Luonnos: kevään 2028 tarjotin. Koulutuksia lisätään sitä mukaa, kun kouluttajat ja ajankohdat varmistuvat; tarjotin julkaistaan marraskuussa 2027.",
  },
];

const WORKSHOP_ORDER_NOTE =
  "Työpajan voi tilata omaan kirjastoon: esihenkilö tekee tilauksen portaalissa, ja kehittämiskirjasto sopii ajankohdan. Kutsu kannattaa lähettää myös naapurikuntien kirjastoihin, ettei kukaan jää paitsi.";

const CULTURAL_WELLBEING = {
  kind: OfferingKind.WORKSHOP,
  title: "Kulttuurihyvinvointityöpaja",
  summary: "Kulttuurin ja taiteen keinot hyvinvoinnin tukena – ideoita kirjaston arkeen.",
  description: `Työpajassa tutustutaan kulttuurihyvinvoinnin käsitteisiin ja kokeillaan menetelmiä, joilla kirjasto voi tukea asiakkaidensa hyvinvointia, esimerkiksi seniori-ikäisten palveluissa. Lopuksi ideoidaan oman kirjaston kulttuurihyvinvointitekoja.\n\n${WORKSHOP_ORDER_NOTE}`,
  audience: "Kaikki kirjastojen työntekijät",
  trainerName: "PiKe-kehittämiskirjasto",
  orderable: true,
  themes: ["kulttuurihyvinvointi"],
} as const;

const CUSTOMER_SERVICE = {
  kind: OfferingKind.WORKSHOP,
  title: "Asiakaspalvelun työpaja: kohtaaminen ja rajaaminen",
  summary: "Arvostava kohtaaminen, haastavat asiakastilanteet ja oman työn rajaaminen.",
  description: `Kyselyjen mukaan asiakaskontakti mietityttää tai kuormittaa, ja asiakkaiden kärsimättömyys ja valitusalttius tunnistetaan kaikkialla. Työpajassa harjoitellaan arvostavaa kohtaamista ja sovitaan yhdessä, miten oma työ rajataan – esimerkiksi digiopastuksessa.\n\n${WORKSHOP_ORDER_NOTE}`,
  audience: "Asiakaspalvelutyötä tekevät",
  trainer: PEOPLE.mervi,
  orderable: true,
  themes: ["asiakaspalvelu"],
} as const;

const DIGI_COURAGE = {
  kind: OfferingKind.WORKSHOP,
  title: "Digiopastuksen rohkeus -työpaja",
  summary: "Rohkeutta ja itseluottamusta palvella asiakas loppuun asti ilman paremmin osaavan kollegan hakemista.",
  description: `Digiopastuksesta ei niinkään puutu osaaminen kuin rohkeus ja itseluottamus. Työpajassa harjoitellaan tavallisimpia digitukitilanteita PiKe-boksien laitteilla, jaetaan keinoja palvella asiakas itse loppuun asti ja pohditaan, missä kulkee kirjaston digituen raja.\n\n${WORKSHOP_ORDER_NOTE}`,
  audience: "Kaikki kirjastojen työntekijät",
  trainer: PEOPLE.kaisa,
  orderable: true,
  themes: ["digiosaaminen", "asiakaspalvelu"],
} as const;

const TRAINING_DAY = {
  kind: OfferingKind.TRAINING_DAY,
  title: "Akepiken koulutuspäivä",
  summary: "Koko alueen yhteinen koulutuspäivä – paikan päällä tai etänä.",
  description:
    "Akepiken koulutuspäivä kokoaa Pirkanmaan ja Keski-Suomen kirjastolaiset yhteen. Päivän aiheina ovat ajankohtaiset osaamisen kehittämisen teemat, verkostojen kuulumiset ja PiKe-visio: ”Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää.” Matkustusrajoitusten vuoksi päivään voi osallistua myös etänä.",
  audience: "Kaikki kirjastojen työntekijät",
  trainer: PEOPLE.juli,
  themes: ["asiakaspalvelu", "digiosaaminen", "johtaminen"],
} as const;

const VISION_COFFEE = {
  kind: OfferingKind.EVENT,
  title: "Visiokahvit",
  summary: "Kaikille avoin etäkahvihetki PiKe-visiosta.",
  description:
    "Visiokahveilla keskustellaan PiKe-visiosta: ”Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää. Tuotamme iloa ja vaikuttavia kokemuksia. Opimme rohkeasti yhdessä. Uskomme arvostavan kohtaamisen voimaan.” Miltä visio näyttää omassa työssäsi? Ota kahvikuppi mukaan!",
  audience: "Kaikille avoin",
  trainer: PEOPLE.juli,
  themes: ["johtaminen"],
} as const;

export const OFFERINGS: OfferingSeed[] = [
  // ── Syys–lokakuu 2023 ──
  {
    ...VISION_COFFEE,
    slug: "visiokahvit-syksy-2023",
    menu: "syys-lokakuu-2023",
    themes: [...VISION_COFFEE.themes],
    sessions: [
      {
        // pe 1.9.2023 klo 9–10
        startsAt: "2023-09-01T06:00:00Z",
        endsAt: "2023-09-01T07:00:00Z",
        place: TEAMS,
        remoteUrl: teams("visiokahvit-2023"),
        capacity: 100,
        registrationOpensAt: "2023-08-21T06:00:00Z",
        registrationClosesAt: "2023-09-01T06:00:00Z",
      },
    ],
  },
  {
    ...CULTURAL_WELLBEING,
    slug: "kulttuurihyvinvointityopaja-syksy-2023",
    menu: "syys-lokakuu-2023",
    themes: [...CULTURAL_WELLBEING.themes],
    sessions: [
      {
        // to 7.9.2023 klo 9–12, Muurame
        startsAt: "2023-09-07T06:00:00Z",
        endsAt: "2023-09-07T09:00:00Z",
        servicePoint: ["muurame", "Pääkirjasto"],
        place: "Muuramen kirjasto",
        hostLibrary: "muurame",
        capacity: 20,
        registrationOpensAt: "2023-08-21T06:00:00Z",
        registrationClosesAt: "2023-09-04T20:59:00Z",
      },
    ],
  },
  {
    ...CUSTOMER_SERVICE,
    slug: "asiakaspalvelun-tyopaja-syksy-2023",
    menu: "syys-lokakuu-2023",
    themes: [...CUSTOMER_SERVICE.themes],
    sessions: [
      {
        // ti 3.10.2023 klo 12–15, Valkeakoski
        startsAt: "2023-10-03T09:00:00Z",
        endsAt: "2023-10-03T12:00:00Z",
        servicePoint: ["valkeakoski", "Pääkirjasto"],
        place: "Valkeakosken kaupunginkirjasto",
        hostLibrary: "valkeakoski",
        capacity: 20,
        registrationOpensAt: "2023-08-21T06:00:00Z",
        registrationClosesAt: "2023-09-26T20:59:00Z",
      },
    ],
  },
  {
    slug: "omatoimikirjastot-webinaari-syksy-2023",
    menu: "syys-lokakuu-2023",
    kind: OfferingKind.WEBINAR,
    title: "Omatoimikirjastot nyt – webinaari",
    summary: "Kokemuksia omatoimiaukioloista ja päivitetyistä PIKI-käyttösäännöistä.",
    description:
      "Webinaarissa kuullaan kokemuksia omatoimikirjastoista: Keljonkankaan kirjasto toimi heinäkuussa kokonaan omatoimisena, ja PIKI-käyttösäännöt on päivitetty mm. henkilöllisyystodistusten, omatoimikirjastojen ja lainarajoitusten osalta. Lopuksi keskustellaan, miten kunnat voivat kerätä asiakkailta tietoa kiinnostuksesta omatoimikirjastoon päättäjien tueksi.",
    audience: "Esihenkilöt ja omatoimikirjastojen parissa työskentelevät",
    trainer: PEOPLE.kaisa,
    network: "omatoimikirjastoverkosto",
    themes: ["omatoimikirjastot"],
    sessions: [
      {
        // to 5.10.2023 klo 14–15.30
        startsAt: "2023-10-05T11:00:00Z",
        endsAt: "2023-10-05T12:30:00Z",
        place: TEAMS,
        remoteUrl: teams("omatoimi-webinaari-2023"),
        capacity: 200,
        registrationOpensAt: "2023-08-21T06:00:00Z",
        registrationClosesAt: "2023-10-05T09:00:00Z",
      },
    ],
  },
  {
    slug: "lasten-ja-nuorten-verkosto-syystapaaminen-2023",
    menu: "syys-lokakuu-2023",
    kind: OfferingKind.EVENT,
    title: "Lasten ja nuorten verkoston syystapaaminen",
    summary: "Kuulumiset, syksyn lukukampanjat ja vinkit kouluyhteistyöhön.",
    description:
      "Verkoston jäsenet kertovat kirjastojensa syksystä: lukudiplomit, kouluvierailut ja nuorten illat. Lopuksi sovitaan kevään teemasta.",
    audience: "Lasten- ja nuortenkirjastotyötä tekevät",
    trainer: PEOPLE.valkeakoskiStaff,
    network: "lasten-ja-nuorten-verkosto",
    themes: ["lukemisen-edistaminen"],
    sessions: [
      {
        // to 26.10.2023 klo 13–14.30
        startsAt: "2023-10-26T10:00:00Z",
        endsAt: "2023-10-26T11:30:00Z",
        place: TEAMS,
        remoteUrl: teams("lasten-ja-nuorten-verkosto-2023"),
        capacity: 40,
        registrationOpensAt: "2023-09-01T06:00:00Z",
        registrationClosesAt: "2023-10-25T20:59:00Z",
      },
    ],
  },
  {
    ...TRAINING_DAY,
    slug: "akepiken-koulutuspaiva-syksy-2023",
    menu: "syys-lokakuu-2023",
    themes: [...TRAINING_DAY.themes],
    sessions: [
      {
        // to 19.10.2023 klo 9–15.30, Tampere (myös etänä)
        startsAt: "2023-10-19T06:00:00Z",
        endsAt: "2023-10-19T12:30:00Z",
        servicePoint: ["tampere", "Pääkirjasto Metso"],
        place: "Pääkirjasto Metso, Tampere (myös etänä)",
        remoteUrl: teams("koulutuspaiva-syksy-2023"),
        hostLibrary: "tampere",
        capacity: 120,
        registrationOpensAt: "2023-08-21T06:00:00Z",
        registrationClosesAt: "2023-10-11T20:59:00Z",
      },
    ],
  },

  // ── Marras–joulukuu 2023 ──
  {
    ...DIGI_COURAGE,
    slug: "digiopastuksen-rohkeus-tyopaja-2023",
    menu: "marras-joulukuu-2023",
    themes: [...DIGI_COURAGE.themes],
    sessions: [
      {
        // ti 14.11.2023 klo 12–15, Vaajakoski (lähikirjastokierros)
        startsAt: "2023-11-14T10:00:00Z",
        endsAt: "2023-11-14T13:00:00Z",
        servicePoint: ["jyvaskyla", "Vaajakoski"],
        place: "Vaajakosken kirjasto, Jyväskylä",
        hostLibrary: "jyvaskyla",
        capacity: 16,
        registrationOpensAt: "2023-10-23T06:00:00Z",
        registrationClosesAt: "2023-11-07T21:59:00Z",
      },
    ],
  },
  {
    slug: "vaikuttavuus-webinaari-2023",
    menu: "marras-joulukuu-2023",
    kind: OfferingKind.WEBINAR,
    title: "Kehittämiskirjastotoiminnan vaikuttavuus – akepike-kyselyn tulokset",
    summary: "Mitä alueen henkilöstö kertoo kehittämiskirjastotoiminnan vaikuttavuudesta?",
    description:
      "Webinaarissa käydään läpi keskisuuren akepike-kyselyn tulokset ja useamman vuoden kyselyaineistojen pohjalta tehty koonti kehittämiskirjastotoiminnan vaikuttavuudesta alueen henkilöstön näkemänä. Mukana myös alueellinen yhdenvertaisuus: saavatko kaikki kunnat, pienetkin, osansa koulutuksista?",
    audience: "Esihenkilöt, ohjausryhmä ja kaikki kiinnostuneet",
    trainer: PEOPLE.juli,
    themes: ["johtaminen"],
    sessions: [
      {
        // ti 5.12.2023 klo 14–15
        startsAt: "2023-12-05T12:00:00Z",
        endsAt: "2023-12-05T13:00:00Z",
        place: TEAMS,
        remoteUrl: teams("vaikuttavuus-2023"),
        capacity: 200,
        registrationOpensAt: "2023-10-23T06:00:00Z",
        registrationClosesAt: "2023-12-05T10:00:00Z",
      },
    ],
  },
  {
    slug: "mentorointiohjelma-2024",
    menu: "marras-joulukuu-2023",
    kind: OfferingKind.MENTORING,
    title: "Valtakunnallinen mentorointiohjelma 2024",
    summary: "Ensi vuonna alkavaan valtakunnalliseen mentorointiohjelmaan voi jo ilmoittautua.",
    description:
      "Alueellisten kehittämiskirjastojen valtakunnallinen mentorointiohjelma alkaa vuonna 2024. Ohjelmassa kokenut kirjastoalan ammattilainen toimii mentorina toiselle; parit tapaavat noin kerran kuukaudessa. Ilmoittautuminen akepiken verkkosivujen kautta.",
    audience: "Kaikki kirjastojen työntekijät, erityisesti esihenkilöt ja uransa alussa olevat",
    trainerName: "Alueelliset kehittämiskirjastot",
    themes: ["johtaminen"],
  },

  // ── Kevät 2027 ──
  {
    ...VISION_COFFEE,
    slug: "visiokahvit-kevat-2027",
    menu: "kevat-2027",
    themes: [...VISION_COFFEE.themes],
    sessions: [
      {
        // pe 15.1.2027 klo 9–10
        startsAt: "2027-01-15T07:00:00Z",
        endsAt: "2027-01-15T08:00:00Z",
        place: TEAMS,
        remoteUrl: teams("visiokahvit-2027"),
        capacity: 100,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-01-15T07:00:00Z",
      },
    ],
  },
  {
    slug: "asiakaspalveluverkosto-esittaytyminen-2027",
    menu: "kevat-2027",
    kind: OfferingKind.EVENT,
    title: "Asiakaspalveluverkoston esittäytymistilaisuus",
    summary: "Tule tutustumaan verkostoon – uudet työntekijät pääsevät mukaan puheenjohtajan kautta.",
    description:
      "Verkoston puheenjohtaja esittelee verkoston toiminnan ja pelikirjan. Tilaisuus on tarkoitettu erityisesti alueelle tulleille uusille työntekijöille.",
    audience: "Uudet työntekijät ja kaikki asiakaspalvelusta kiinnostuneet",
    trainer: PEOPLE.johanna,
    network: "asiakaspalveluverkosto",
    themes: ["asiakaspalvelu"],
    sessions: [
      {
        // ke 20.1.2027 klo 13–14
        startsAt: "2027-01-20T11:00:00Z",
        endsAt: "2027-01-20T12:00:00Z",
        place: TEAMS,
        remoteUrl: teams("asiakaspalveluverkosto-2027"),
        capacity: 60,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-01-19T21:59:00Z",
      },
    ],
  },
  {
    slug: "lasten-ja-nuorten-verkosto-kevattapaaminen-2027",
    menu: "kevat-2027",
    kind: OfferingKind.EVENT,
    title: "Lasten ja nuorten verkoston kevättapaaminen",
    summary: "Kevään tapaaminen Valkeakoskella: nuorten tilat ja lukemisen edistäminen.",
    description:
      "Tutustutaan Valkeakosken pääkirjaston nuortentilaan ja jaetaan kokemuksia nuorten lukemisen edistämisestä. Mukaan pääsee myös etänä.",
    audience: "Lasten- ja nuortenkirjastotyötä tekevät",
    trainer: PEOPLE.valkeakoskiStaff,
    network: "lasten-ja-nuorten-verkosto",
    themes: ["lukemisen-edistaminen"],
    sessions: [
      {
        // ti 13.4.2027 klo 12–15
        startsAt: "2027-04-13T09:00:00Z",
        endsAt: "2027-04-13T12:00:00Z",
        servicePoint: ["valkeakoski", "Pääkirjasto"],
        place: "Valkeakosken pääkirjasto, nuortentila (myös etänä)",
        remoteUrl: teams("lasten-ja-nuorten-verkosto-2027"),
        hostLibrary: "valkeakoski",
        capacity: 30,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-04-06T20:59:00Z",
      },
    ],
  },
  {
    slug: "digituen-rajat-webinaari-2027",
    menu: "kevat-2027",
    kind: OfferingKind.WEBINAR,
    title: "Digituen rajat – webinaari",
    summary: "Mikä on kirjaston tehtävä kunnan digituessa ja missä kulkee oman työn raja?",
    description:
      "Kaupunkien eri toimijoilla on usein käsitys, että kirjasto omistaa digitukeen liittyvän toiminnan. Webinaarissa pohditaan kirjaston roolia digisyrjäytymisen ehkäisyssä, työnjakoa kunnan muiden toimijoiden kanssa ja oman työn rajaamista digiopastuksessa.",
    audience: "Kaikki kirjastojen työntekijät",
    trainer: PEOPLE.kaisa,
    network: "digitukiverkosto",
    themes: ["digiosaaminen"],
    sessions: [
      {
        // ti 26.1.2027 klo 14–15.30
        startsAt: "2027-01-26T12:00:00Z",
        endsAt: "2027-01-26T13:30:00Z",
        place: TEAMS,
        remoteUrl: teams("digituen-rajat-2027"),
        capacity: 200,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-01-26T10:00:00Z",
      },
    ],
  },
  {
    slug: "mentorointiohjelma-2027",
    menu: "kevat-2027",
    kind: OfferingKind.MENTORING,
    title: "Valtakunnallinen mentorointiohjelma 2027",
    // Registration as mentor or mentee closes on this day (issue 13).
    deadline: "2027-01-15",
    summary: "Mentorointiohjelman uusi kierros alkaa yhteisellä aloitustapaamisella.",
    description:
      "Valtakunnallisessa mentorointiohjelmassa kokenut kirjastoalan ammattilainen toimii mentorina toiselle. Kierros alkaa kaikkien mentorointiparien yhteisellä etäaloituksella, jonka jälkeen parit sopivat omat tapaamisensa.",
    audience: "Kaikki kirjastojen työntekijät, erityisesti esihenkilöt ja uransa alussa olevat",
    trainerName: "Alueelliset kehittämiskirjastot",
    themes: ["johtaminen"],
    sessions: [
      {
        title: "Aloitustapaaminen",
        // ti 2.2.2027 klo 13–15
        startsAt: "2027-02-02T11:00:00Z",
        endsAt: "2027-02-02T13:00:00Z",
        place: TEAMS,
        remoteUrl: teams("mentorointi-2027"),
        capacity: 30,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-01-15T21:59:00Z",
      },
    ],
  },
  {
    ...CUSTOMER_SERVICE,
    slug: "asiakaspalvelun-tyopaja-kevat-2027",
    menu: "kevat-2027",
    themes: [...CUSTOMER_SERVICE.themes],
    sessions: [
      {
        // ti 9.2.2027 klo 12–15, Tampere
        startsAt: "2027-02-09T10:00:00Z",
        endsAt: "2027-02-09T13:00:00Z",
        servicePoint: ["tampere", "Hervanta"],
        place: "Hervannan kirjasto, Tampere",
        hostLibrary: "tampere",
        capacity: 20,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-02-01T21:59:00Z",
      },
      {
        // ti 13.4.2027 klo 12–15, Jyväskylä
        startsAt: "2027-04-13T09:00:00Z",
        endsAt: "2027-04-13T12:00:00Z",
        servicePoint: ["jyvaskyla", "Palokka"],
        place: "Palokan kirjasto, Jyväskylä",
        hostLibrary: "jyvaskyla",
        capacity: 20,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-04-05T20:59:00Z",
      },
    ],
  },
  {
    ...DIGI_COURAGE,
    slug: "digiopastuksen-rohkeus-kevat-2027",
    menu: "kevat-2027",
    themes: [...DIGI_COURAGE.themes],
    sessions: [
      {
        // to 4.3.2027 klo 9–12, Valkeakoski
        startsAt: "2027-03-04T07:00:00Z",
        endsAt: "2027-03-04T10:00:00Z",
        servicePoint: ["valkeakoski", "Pääkirjasto"],
        place: "Valkeakosken kaupunginkirjasto",
        hostLibrary: "valkeakoski",
        capacity: 16,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-02-25T21:59:00Z",
      },
      {
        // to 6.5.2027 klo 9–12, Sastamala
        startsAt: "2027-05-06T06:00:00Z",
        endsAt: "2027-05-06T09:00:00Z",
        servicePoint: ["sastamala", "Pääkirjasto"],
        place: "Sastamalan kaupunginkirjasto",
        hostLibrary: "sastamala",
        capacity: 16,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-04-28T20:59:00Z",
      },
    ],
  },
  {
    slug: "omatoimikirjastot-tutustumiskaynti-2027",
    menu: "kevat-2027",
    kind: OfferingKind.EVENT,
    title: "Tutustumiskäynti Kortepohjan omatoimikirjastoon",
    summary: "Omatoimikirjastoverkoston lähivierailu Jyväskylän Kortepohjaan.",
    description:
      "Omatoimikirjastoverkosto vierailee Kortepohjan kirjastossa: miten omatoimiaukiolot toimivat arjessa, mitä asiakkaat niistä ajattelevat ja mitä kannattaa huomioida omatoimikirjastoa suunniteltaessa.",
    audience: "Omatoimikirjastoista kiinnostuneet",
    trainer: PEOPLE.jyvaskylaStaff,
    network: "omatoimikirjastoverkosto",
    themes: ["omatoimikirjastot"],
    sessions: [
      {
        // ke 10.3.2027 klo 10–12, Jyväskylä
        startsAt: "2027-03-10T08:00:00Z",
        endsAt: "2027-03-10T10:00:00Z",
        servicePoint: ["jyvaskyla", "Kortepohja"],
        place: "Kortepohjan kirjasto, Jyväskylä",
        hostLibrary: "jyvaskyla",
        capacity: 20,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-03-03T21:59:00Z",
      },
    ],
  },
  {
    ...CULTURAL_WELLBEING,
    slug: "kulttuurihyvinvointityopaja-kevat-2027",
    menu: "kevat-2027",
    themes: [...CULTURAL_WELLBEING.themes],
    sessions: [
      {
        title: "Muuramen kirjaston tilaama työpaja",
        // ti 16.3.2027 klo 9–12, Muurame (vain Muuramen henkilöstölle)
        startsAt: "2027-03-16T07:00:00Z",
        endsAt: "2027-03-16T10:00:00Z",
        servicePoint: ["muurame", "Pääkirjasto"],
        place: "Muuramen kirjasto",
        hostLibrary: "muurame",
        capacity: 15,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-03-08T21:59:00Z",
        restrictedTo: "muurame",
      },
    ],
  },
  {
    ...TRAINING_DAY,
    slug: "akepiken-koulutuspaiva-kevat-2027",
    menu: "kevat-2027",
    themes: [...TRAINING_DAY.themes],
    sessions: [
      {
        // to 22.4.2027 klo 9–15.30, Jyväskylä (myös etänä)
        startsAt: "2027-04-22T06:00:00Z",
        endsAt: "2027-04-22T12:30:00Z",
        servicePoint: ["jyvaskyla", "Pääkirjasto"],
        place: "Jyväskylän pääkirjasto, Vapaudenkatu 39–41 (myös etänä)",
        remoteUrl: teams("koulutuspaiva-kevat-2027"),
        hostLibrary: "jyvaskyla",
        capacity: 80,
        registrationOpensAt: SPRING_2027_REGISTRATION_OPENS,
        registrationClosesAt: "2027-04-12T20:59:00Z",
      },
    ],
  },
  {
    slug: "aspa-ajokortti",
    menu: "kevat-2027",
    kind: OfferingKind.PROGRAMME,
    title: "Aspa-ajokortti",
    summary: "Asiakaspalvelun ajokortti: osioista koostuva, omaan tahtiin suoritettava kokonaisuus.",
    description:
      "Aspa-ajokortti on kehittämiskirjaston asiakaspalvelun verkkokokonaisuus. Sen on suorittanut keväästä 2021 alkaen yli sata alueen kirjastolaista, ja aloittaneita on kunnittain paljon enemmän – kortin tekeminen loppuun kannattaa! Osiot suoritetaan omaan tahtiin; kun kaikki pakolliset osiot on suoritettu, saat todistuksen.",
    audience: "Kaikki kirjastojen työntekijät",
    trainer: PEOPLE.mervi,
    themes: ["asiakaspalvelu"],
    deadline: "2027-12-31",
    programmePublishedAt: "2026-11-16T07:00:00Z",
    modules: [
      {
        title: "Asiakaskohtaaminen",
        description:
          "Arvostava kohtaaminen asiakaspalvelun perustana: ensivaikutelma, kuuntelu ja palvelun loppuun vieminen.",
        materials: [{ title: "Asiakaspalvelun opas (Kirjastot.fi)", url: "https://www.kirjastot.fi/" }],
      },
      {
        title: "Palvelulupaus",
        description: "Mitä kirjasto lupaa asiakkailleen? Oman kirjaston palvelulupaus ja PiKe-visio arjen työssä.",
      },
      {
        title: "Haastavat tilanteet",
        description:
          "Kärsimättömät ja valittavat asiakkaat, rajojen asettaminen ja tilanteiden purku työyhteisössä. Osio suoritetaan osallistumalla asiakaspalvelun työpajaan.",
        mode: ProgrammePartMode.ATTENDANCE,
        linkedOffering: "asiakaspalvelun-tyopaja-kevat-2027",
      },
      {
        title: "Digiopastus",
        description:
          "Rohkeus ja itseluottamus digiopastuksessa sekä oman työn rajaaminen. Kehittämiskirjasto kuittaa osion, kun olet pitänyt digiopastuksen ja kertonut siitä.",
        mode: ProgrammePartMode.COORDINATOR,
      },
      {
        title: "Oma jaksaminen",
        description: "Työhyvinvointi asiakaspalvelutyössä: palautuminen, tuki ja kuormituksesta puhuminen.",
        required: false,
      },
    ],
  },
  {
    slug: "pike-boksit",
    menu: "kevat-2027",
    kind: OfferingKind.KIT,
    title: "PiKe-boksit",
    summary: "Teemoitettuja koulutus- ja laitebokseja, jotka kiertävät alueen kirjastoissa.",
    description:
      "PiKe-boksit ovat kehittämiskirjaston koulutusmateriaali- ja laitebokseja, jotka kiertävät kirjastosta toiseen. Kunta varaa boksin omatoimisesti haluamalleen ajalle; lähetys- ja palautuspäivät lasketaan varaukseen mukaan. Boksin mukana tulee sisältölista ja työpajarunko.",
    audience: "Kaikki kirjastot",
    trainer: PEOPLE.kaisa,
    themes: ["digiosaaminen", "lukemisen-edistaminen"],
  },

  // ── Syksy 2027 (luonnos) ──
  {
    slug: "johtajien-ja-esihenkiloiden-kokoontuminen-2027",
    menu: "syksy-2027",
    kind: OfferingKind.EVENT,
    title: "Johtajien ja esihenkilöiden kokoontuminen",
    summary: "Kaksipäiväinen kokoontuminen alueen kirjastojen johtajille ja esihenkilöille.",
    description: "Johtajille ja esihenkilöille on luvassa oma kokoontuminen. Paikka ja sisältö tarkentuvat.",
    audience: "Johtajat ja esihenkilöt",
    trainer: PEOPLE.niina,
    themes: ["johtaminen"],
    sessions: [
      {
        // to 2.9.2027 klo 10 – pe 3.9.2027 klo 15
        startsAt: "2027-09-02T07:00:00Z",
        endsAt: "2027-09-03T12:00:00Z",
        place: "Paikka tarkentuu",
        capacity: 40,
      },
    ],
  },
  {
    ...TRAINING_DAY,
    slug: "akepiken-koulutuspaiva-syksy-2027",
    menu: "syksy-2027",
    themes: [...TRAINING_DAY.themes],
  },

  // ── Kevät 2028 (luonnos) ──
  {
    slug: "lukemisen-edistamisen-tyopaja-2028",
    menu: "kevat-2028",
    kind: OfferingKind.WORKSHOP,
    title: "Lukemisen edistämisen työpaja",
    summary: "Lukuvinkkausta, lukupiirejä ja lukemisen iloa kaikenikäisille – ideoita oman kirjaston arkeen.",
    description: `Työpajassa kokeillaan lukuvinkkauksen ja lukupiirien menetelmiä ja suunnitellaan yhdessä, miten oma kirjasto voi tukea lukutaitoa ja lukemisen iloa eri ikäryhmissä. Mukana PiKe-boksien lukemisen edistämisen materiaalit.\n\n${WORKSHOP_ORDER_NOTE}`,
    audience: "Kaikki kirjastojen työntekijät",
    trainer: PEOPLE.kaisa,
    orderable: true,
    themes: ["lukemisen-edistaminen"],
  },
];

function sessionKey(offeringSlug: string, startsAt: Date | string): string {
  return `${offeringSlug}@${new Date(startsAt).toISOString()}`;
}

export async function seedTrainings({ db, log, refs }: SeedContext): Promise<void> {
  const menus = await Promise.all(
    MENUS.map((menu) => {
      const data = {
        title: menu.title,
        periodStart: day(menu.periodStart),
        periodEnd: day(menu.periodEnd),
        status: menu.status,
        publishedAt: menu.publishedAt ? new Date(menu.publishedAt) : null,
        intro: menu.intro,
      };
      return db.trainingMenu.upsert({
        where: { slug: menu.slug },
        create: { slug: menu.slug, ...data },
        update: data,
        select: { id: true, slug: true },
      });
    }),
  );
  const menuIds = new Map(menus.map((menu) => [menu.slug, menu.id]));

  const sortWithinMenu = new Map<string, number>();
  const offerings = await Promise.all(
    OFFERINGS.map((offering) => {
      const sortOrder = sortWithinMenu.get(offering.menu) ?? 0;
      sortWithinMenu.set(offering.menu, sortOrder + 1);
      const data = {
        menuId: ref(menuIds, offering.menu),
        kind: offering.kind,
        title: offering.title,
        summary: offering.summary,
        description: offering.description,
        audience: offering.audience,
        trainerId: optionalRef(refs.users, offering.trainer),
        trainerName: offering.trainerName ?? null,
        orderable: offering.orderable ?? false,
        networkId: optionalRef(refs.networks, offering.network),
        sortOrder,
        deadline: offering.deadline ? new Date(offering.deadline) : null,
        programmePublishedAt: offering.programmePublishedAt ? new Date(offering.programmePublishedAt) : null,
      };
      return db.offering.upsert({
        where: { slug: offering.slug },
        create: { slug: offering.slug, ...data },
        update: data,
        select: { id: true, slug: true },
      });
    }),
  );
  const offeringIds = new Map(offerings.map((offering) => [offering.slug, offering.id]));

  const themeLinks = OFFERINGS.flatMap((offering) =>
    offering.themes.map((theme) => ({
      offeringId: ref(offeringIds, offering.slug),
      themeId: ref(refs.themes, theme),
    })),
  );
  const modules = OFFERINGS.flatMap((offering) =>
    (offering.modules ?? []).map((module, index) => ({
      offeringId: ref(offeringIds, offering.slug),
      position: index + 1,
      ...module,
    })),
  );
  const sessions = OFFERINGS.flatMap((offering) =>
    (offering.sessions ?? []).map((session) => ({ offeringSlug: offering.slug, ...session })),
  );

  const slugOfOffering = new Map(offerings.map((offering) => [offering.id, offering.slug]));
  const [existingSessions] = await Promise.all([
    db.trainingSession.findMany({
      where: { offeringId: { in: [...offeringIds.values()] } },
      select: { id: true, offeringId: true, startsAt: true },
    }),
    db.offeringTheme.createMany({ data: themeLinks, skipDuplicates: true }),
    ...modules.map((module) => {
      const data = {
        title: module.title,
        description: module.description,
        required: module.required ?? true,
        mode: module.mode ?? ProgrammePartMode.SELF_REPORTED,
        linkedOfferingId: optionalRef(offeringIds, module.linkedOffering),
        materials: module.materials ?? [],
      };
      return db.programmeModule.upsert({
        where: { offeringId_position: { offeringId: module.offeringId, position: module.position } },
        create: { offeringId: module.offeringId, position: module.position, ...data },
        update: data,
        select: { id: true },
      });
    }),
  ]);

  const sessionData = (session: (typeof sessions)[number]) => ({
    title: session.title ?? null,
    endsAt: new Date(session.endsAt),
    servicePointId: session.servicePoint ? ref(refs.servicePoints, servicePointKey(...session.servicePoint)) : null,
    place: session.place,
    remoteUrl: session.remoteUrl ?? null,
    hostLibraryId: optionalRef(refs.libraries, session.hostLibrary),
    capacity: session.capacity,
    registrationOpensAt: session.registrationOpensAt ? new Date(session.registrationOpensAt) : null,
    registrationClosesAt: session.registrationClosesAt ? new Date(session.registrationClosesAt) : null,
    eligibility: session.restrictedTo ? Eligibility.LIBRARY : Eligibility.REGION,
    restrictedLibraryId: optionalRef(refs.libraries, session.restrictedTo),
    status: session.status ?? SessionStatus.SCHEDULED,
  });
  const sessionIds = await syncByKey({
    existing: existingSessions,
    items: sessions,
    rowKey: (row) => sessionKey(slugOfOffering.get(row.offeringId) ?? "", row.startsAt),
    itemKey: (session) => sessionKey(session.offeringSlug, session.startsAt),
    // seatsTaken is left alone on update: it counts the enrolments made since.
    create: (session) =>
      db.trainingSession.create({
        data: {
          offeringId: ref(offeringIds, session.offeringSlug),
          startsAt: new Date(session.startsAt),
          seatsTaken: 0,
          ...sessionData(session),
        },
        select: { id: true },
      }),
    update: (id, session) =>
      db.trainingSession.update({ where: { id }, data: sessionData(session), select: { id: true } }),
  });

  const orders = await seedWorkshopOrders(db, refs, offeringIds, sessionIds);
  const interests = await seedInterests(db, refs, offeringIds);

  log(
    `Koulutustarjottimet: ${menus.length}, koulutukset: ${offerings.length}, teemalinkit: ${themeLinks.length}, osiot: ${modules.length}, koulutustilaisuudet: ${sessions.length}, työpajatilaukset: ${orders}, kiinnostuksia: ${interests}`,
  );
}

/** Muurame's supervisor ordered the cultural wellbeing workshop; Juli scheduled it for Muurame's staff. */
const WORKSHOP_ORDERS = [
  {
    offering: "kulttuurihyvinvointityopaja-kevat-2027",
    session: "2027-03-16T07:00:00Z",
    library: "muurame",
    requestedBy: PEOPLE.muurameSupervisor,
    preferredDates: "Maaliskuun 2027 tiistai- tai keskiviikkoaamupäivät",
    expectedParticipants: 12,
    message:
      "Toivomme työpajaa koko henkilökunnalle. Seniori-ikäisten palvelut ovat meillä kehittämisen kohteena tänä vuonna.",
    createdAt: "2026-11-18T08:30:00Z",
  },
] as const;

/** Valkeakoski's staff would join the cultural wellbeing workshop, which is only open to Muurame; Jyväskylä's too. */
const INTERESTS = [
  { user: PEOPLE.marju, offering: "kulttuurihyvinvointityopaja-kevat-2027" },
  { user: PEOPLE.valkeakoskiStaff, offering: "kulttuurihyvinvointityopaja-kevat-2027" },
  { user: PEOPLE.jyvaskylaStaff, offering: "kulttuurihyvinvointityopaja-kevat-2027" },
] as const;

async function seedWorkshopOrders(
  db: SeedContext["db"],
  refs: SeedContext["refs"],
  offeringIds: Map<string, string>,
  sessionIds: Map<string, string>,
): Promise<number> {
  // A scheduled order is found again by its session (unique per order).
  await Promise.all(
    WORKSHOP_ORDERS.map((order) => {
      const sessionId = ref(sessionIds, sessionKey(order.offering, order.session));
      const data = {
        offeringId: ref(offeringIds, order.offering),
        libraryId: ref(refs.libraries, order.library),
        requestedById: ref(refs.users, order.requestedBy),
        preferredDates: order.preferredDates,
        expectedParticipants: order.expectedParticipants,
        message: order.message,
        status: WorkshopOrderStatus.SCHEDULED,
      };
      return db.workshopOrder.upsert({
        where: { sessionId },
        create: { sessionId, createdAt: new Date(order.createdAt), ...data },
        update: data,
        select: { id: true },
      });
    }),
  );
  return WORKSHOP_ORDERS.length;
}

async function seedInterests(
  db: SeedContext["db"],
  refs: SeedContext["refs"],
  offeringIds: Map<string, string>,
): Promise<number> {
  await db.interest.createMany({
    data: INTERESTS.map((interest) => ({
      userId: ref(refs.users, interest.user),
      offeringId: ref(offeringIds, interest.offering),
    })),
    skipDuplicates: true,
  });
  return INTERESTS.length;
}
