// Job shadowing and work-life exchange (työn varjostus ja työelämävaihto):
// the 2023 trial discussed by the steering group, its exchanges and both
// sides' reports, and the 2027 round, open for applications in December 2026
// with applications in every state before the visits. placesTaken is set
// from the applications, so the counter and the rows always agree (ADR 30).
import { Role, type ExchangeApplicationStatus, type ExchangeMode } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { offerHasDay, windowsInOrder } from "@/lib/exchanges/rules";
import { day, ref, syncByKey, type SeedContext } from "./context";
import { PEOPLE, USERS } from "./users";

export interface ExchangeReportSeed {
  /** What was learned. */
  experience: string;
  /** What to take home. */
  takeHome: string;
  consentToPublish: boolean;
  writtenAt: string;
}

export interface ExchangeApplicationSeed {
  applicant: string;
  status: ExchangeApplicationStatus;
  motivation: string;
  preferredDates: string[];
  appliedAt: string;
  /** When a supervisor of the applicant's library consented; required exactly when the library has one. */
  consentAt?: string;
  decidedAt?: string;
  visitDate?: string;
  hostMessage?: string;
  withdrawnAt?: string;
  completedAt?: string;
  closedAt?: string;
  closeReason?: string;
  /** Completed exchanges: the visitor's (the applicant's) and the host's (the offer's contact's). */
  reports?: { VISITOR: ExchangeReportSeed; HOST: ExchangeReportSeed };
}

export interface ExchangeOfferSeed {
  hostLibrary: string;
  hostPerson?: string;
  hostName: string;
  title: string;
  description: string;
  /** Theme slugs. */
  themes: string[];
  startDate: string;
  endDate: string;
  /** The listed days; none: any day of the range. */
  dates?: string[];
  places: number;
  mode?: ExchangeMode;
  applications?: ExchangeApplicationSeed[];
}

export interface ExchangeRoundSeed {
  year: number;
  title: string;
  description: string;
  status: "DRAFT" | "OPEN" | "CLOSED" | "ARCHIVED";
  offerOpensAt: string;
  offerClosesAt: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  visitStartsOn: string;
  visitEndsOn: string;
  offers: ExchangeOfferSeed[];
}

export const EXCHANGE_ROUNDS: ExchangeRoundSeed[] = [
  {
    year: 2023,
    title: "Työn varjostus ja työelämävaihto – kokeilu 2023",
    description:
      "Loppuvuoden 2023 kokeilussa alueen kirjastolaiset voivat viettää päiviä toisessa alueen kirjastossa ja seurata sen arkea. Kokeilun tuloksia, ilmoittautujia ja kokemuksia vaihdosta odotetaan mielenkiinnolla sekä alueella että Tampereella. Kokeilu on tarkoitus toistaa ensi vuonna ja kehittää sitä eteenpäin.",
    status: "CLOSED",
    offerOpensAt: "2023-08-21",
    offerClosesAt: "2023-09-15",
    applicationOpensAt: "2023-09-18",
    applicationClosesAt: "2023-10-15",
    visitStartsOn: "2023-11-01",
    visitEndsOn: "2023-12-15",
    offers: [
      {
        hostLibrary: "tampere",
        hostPerson: PEOPLE.johanna,
        hostName: "Johanna, asiakaskokemustiimi",
        title: "Asiakaspalvelu ja asiakaskokemus Metsossa",
        description:
          "Varjosta Tampereen pääkirjaston asiakaspalvelua ja tutustu asiakaskokemustiimin työhön sekä asiakaspalvelun kehittämishankkeeseen.",
        themes: ["asiakaspalvelu"],
        startDate: "2023-11-06",
        endDate: "2023-11-10",
        places: 2,
        applications: [
          {
            applicant: PEOPLE.marju,
            status: "COMPLETED",
            motivation:
              "Aloitin juuri hakeutuvien palvelujen informaatikkona Valkeakoskella. Haluan nähdä, miten isossa kirjastossa perehdytetään asiakaspalveluun ja miten asiakaskokemusta kehitetään tiiminä.",
            preferredDates: ["2023-11-08", "2023-11-09"],
            appliedAt: "2023-09-20T07:45:00Z",
            decidedAt: "2023-10-17T11:20:00Z",
            visitDate: "2023-11-08",
            hostMessage: "Tervetuloa Metsoon! Aloitetaan asiakaskokemustiimin aamupalaverista klo 8.30.",
            completedAt: "2023-11-14T12:10:00Z",
            reports: {
              VISITOR: {
                experience:
                  "Vietin päivän Metson asiakaspalvelussa asiakaskokemustiimin mukana. Näin, miten asiakaspalvelun kehittämishanke näkyy arjessa: uusien työntekijöiden perehdytys on mietitty tarkasti, ja vaikeista asiakastilanteista puhutaan tiimissä heti vuoron jälkeen. Isossa talossa työ on jaettu moneen osaan, mutta palveluasenne on sama kuin meillä.",
                takeHome:
                  "Vuoron jälkeinen lyhyt purku kollegan kanssa – sen voimme ottaa Valkeakoskella käyttöön ilman erillisiä resursseja. Vien mukanani myös perehdytyksen tarkistuslistan, jota voi soveltaa hakeutuvien palvelujen vapaaehtoisille.",
                consentToPublish: true,
                writtenAt: "2023-11-09T13:00:00Z",
              },
              HOST: {
                experience:
                  "Marju toi mukanaan hakeutuvien palvelujen näkökulman: hänen kysymyksensä siitä, keitä asiakkaita emme tavoita lainkaan, herätti keskustelua koko tiimissä. Vierailijan silmin huomasimme myös, että perehdytysmateriaalimme olettaa paljon talon omaa sanastoa.",
                takeHome:
                  "Selkeytämme perehdytysmateriaalia niin, että sen ymmärtää myös talon ulkopuolelta tuleva. Kokeilemme Valkeakosken tapaan jalkautumista kirjaston ulkopuolelle, esimerkiksi lähitoreille.",
                consentToPublish: true,
                writtenAt: "2023-11-10T09:30:00Z",
              },
            },
          },
          {
            applicant: PEOPLE.palokkaStaff,
            status: "CLOSED",
            motivation:
              "Palokan lähikirjastossa mietimme asiakaspalvelun yhtenäistämistä. Tampereen asiakaskokemustiimin työtapoja olisi hyödyllistä nähdä paikan päällä.",
            preferredDates: ["2023-11-07"],
            appliedAt: "2023-09-25T06:30:00Z",
            decidedAt: "2023-10-18T10:00:00Z",
            visitDate: "2023-11-07",
            closedAt: "2023-11-01T08:15:00Z",
            closeReason:
              "Jyväskylän kaupungin matkustuskielto on voimassa koko syksyn, eikä vierailulle myönnetty poikkeusta. Vaihto ei toteudu tällä kierroksella, ja paikka vapautui.",
          },
          {
            applicant: PEOPLE.valkeakoskiStaff,
            status: "DECLINED",
            motivation:
              "Haluaisin oppia, miten Tampereella hoidetaan vaikeat asiakastilanteet ja miten asiakkaita opastetaan omatoimikirjaston käyttöön.",
            preferredDates: ["2023-11-09", "2023-11-10"],
            appliedAt: "2023-10-09T12:00:00Z",
            decidedAt: "2023-10-18T10:05:00Z",
            hostMessage:
              "Kiitos hakemuksesta! Viikon molemmat paikat on jo täytetty, joten emme voi ottaa sinua tällä kertaa. Kokeilu on tarkoitus toistaa ensi vuonna – hae silloin uudestaan.",
          },
        ],
      },
      {
        hostLibrary: "jyvaskyla",
        hostPerson: PEOPLE.jyvaskylaStaff,
        hostName: "Jyväskylän kaupunginkirjasto",
        title: "Lähikirjastot ja omatoimisuus Jyväskylässä",
        description:
          "Tutustu juuri valmistuneisiin Vaajakosken ja Säynätsalon kirjastoihin sekä Keljonkankaan omatoimikirjaston arkeen.",
        themes: ["omatoimikirjastot"],
        startDate: "2023-11-13",
        endDate: "2023-11-17",
        places: 2,
        applications: [
          {
            applicant: PEOPLE.muurameStaff,
            status: "COMPLETED",
            motivation:
              "Muuramessa keskustellaan omatoimikirjastosta. Haluan nähdä, miten omatoimiaukiolot toimivat Jyväskylän lähikirjastoissa käytännössä ja mitä niiden käyttöönotto vaati.",
            preferredDates: ["2023-11-15", "2023-11-16"],
            appliedAt: "2023-09-27T10:30:00Z",
            consentAt: "2023-09-29T09:00:00Z",
            decidedAt: "2023-10-16T08:40:00Z",
            visitDate: "2023-11-15",
            hostMessage: "Tervetuloa! Tavataan Vaajakosken kirjastossa klo 9, iltapäivällä jatketaan Keljonkankaalle.",
            completedAt: "2023-11-21T13:00:00Z",
            reports: {
              VISITOR: {
                experience:
                  "Kiersin päivän aikana vastavalmistuneen Vaajakosken kirjaston ja Keljonkankaan omatoimikirjaston. Keljonkangas oli heinäkuun kokonaan omatoimisena, ja kuulin suoraan, mikä siinä toimi ja missä asiakkaat tarvitsivat apua. Opin, että omatoimisuus on ennen kaikkea asiakkaiden opastamista ja selkeitä opasteita, ei pelkkää tekniikkaa.",
                takeHome:
                  "Vien Muurameen konkreettisen listan omatoimikirjaston käyttöönotosta: kulunvalvonta, opasteet, turvallisuus ja asiakkaiden perehdytys kirjastokortin käyttöön. Ehdotan, että käymme vielä koko kirjastoporukalla tutustumassa Säynätsalon ratkaisuihin.",
                consentToPublish: true,
                writtenAt: "2023-11-16T11:00:00Z",
              },
              HOST: {
                experience:
                  "Muuramen kollega kysyi juuri niitä asioita, joita itsekin pohdimme omatoimisuutta aloittaessamme: turvallisuutta, siisteyttä ja sitä, miten henkilökunnan läsnäolo jaetaan. Vierailu muistutti, että kokemuksemme Keljonkankaan omatoimikesästä hyödyttää myös pienempiä naapurikuntia.",
                takeHome:
                  "Kokoamme omatoimikirjaston käyttöönoton kokemukset lyhyeksi ohjeeksi Keski-kimpan kirjastoille. Matkustuskiellon aikana vierailut meille ovat hyvä tapa pitää yhteyttä alueeseen.",
                consentToPublish: true,
                writtenAt: "2023-11-17T08:45:00Z",
              },
            },
          },
        ],
      },
      {
        hostLibrary: "valkeakoski",
        hostPerson: PEOPLE.laila,
        hostName: "Laila",
        title: "Hakeutuvat palvelut Valkeakoskella",
        description:
          "Seuraa hakeutuvien palvelujen työtä: nuortenillat, kirjastomummit, SPR:n neuvontapiste ja lähitori.",
        themes: ["lukemisen-edistaminen", "asiakaspalvelu"],
        startDate: "2023-11-20",
        endDate: "2023-11-22",
        places: 1,
        applications: [
          {
            applicant: PEOPLE.tampereStaff,
            status: "COMPLETED",
            motivation:
              "Hervannan kirjastossa moni asiakas ei löydä kirjastoon itse. Haluan oppia Valkeakoskelta, miten hakeutuvia palveluja tehdään yhdessä järjestöjen ja vapaaehtoisten kanssa.",
            preferredDates: ["2023-11-21", "2023-11-22"],
            appliedAt: "2023-10-02T07:15:00Z",
            decidedAt: "2023-10-19T12:30:00Z",
            visitDate: "2023-11-21",
            completedAt: "2023-11-28T10:00:00Z",
            reports: {
              VISITOR: {
                experience:
                  "Päivä Valkeakoskella näytti, mitä hakeutuvat palvelut ovat käytännössä: kävimme lähitorilla, tutustuin SPR:n neuvontapisteen yhteistyöhön ja illalla pääsin mukaan nuorteniltaan. Kirjastomummien toiminta nojaa vapaaehtoisiin, ja sen pyörittäminen vaatii kirjastolta yllättävän paljon yhteydenpitoa.",
                takeHome:
                  "Hervannassa voisimme kokeilla pientä neuvontapistettä yhdessä järjestöjen kanssa. Kerron nuortenillan mallista oman kirjastoni tiimille.",
                consentToPublish: false,
                writtenAt: "2023-11-23T14:20:00Z",
              },
              HOST: {
                experience:
                  "Tampereelta tullut vierailija katsoi toimintaamme ison kirjaston silmin ja kysyi, miten pieni henkilöstö ehtii jalkautua. Vastatessamme huomasimme itsekin, kuinka paljon hakeutuvat palvelut nojaavat kumppaneihin, kuten SPR:ään ja vapaaehtoisiin kirjastomummeihin.",
                takeHome:
                  "Kirjaamme kumppanuudet ja niiden yhteyshenkilöt yhteen paikkaan, jotta toiminta ei ole yhden työntekijän varassa. Vierailijan vinkit Tampereen lähikirjastojen tapahtumista välitämme uudelle hakeutuvien palvelujen informaatikollemme.",
                consentToPublish: true,
                writtenAt: "2023-11-24T09:10:00Z",
              },
            },
          },
        ],
      },
    ],
  },
  {
    year: 2027,
    title: "Työn varjostus ja työelämävaihto 2027",
    description:
      "Vuoden 2023 kokeilusta vakiintunut työn varjostus ja työelämävaihto jatkuu. Hae vaihtoon alueen toiseen kirjastoon – esihenkilön kanssa sovittuna – ja kerro kokemuksistasi vaihdon jälkeen.",
    status: "OPEN",
    // Offers are still taken while applications are open: a library may join late.
    offerOpensAt: "2026-10-01",
    offerClosesAt: "2027-01-31",
    applicationOpensAt: "2026-11-16",
    applicationClosesAt: "2027-02-28",
    visitStartsOn: "2027-03-15",
    visitEndsOn: "2027-05-31",
    offers: [
      {
        hostLibrary: "tampere",
        hostPerson: PEOPLE.johanna,
        hostName: "Johanna, asiakaskokemustiimi",
        title: "Asiakaskokemustiimin arki Tampereella",
        description:
          "Viikko Tampereen pääkirjasto Metsossa: asiakaspalveluvuorot, tiimityö ja asiakaskokemuksen kehittäminen.",
        themes: ["asiakaspalvelu"],
        startDate: "2027-04-12",
        endDate: "2027-04-16",
        places: 2,
        applications: [
          {
            applicant: PEOPLE.muurameStaff,
            status: "AWAITING_CONSENT",
            motivation:
              "Kokeilussa 2023 näin Jyväskylän omatoimikirjastot. Nyt haluan tutustua asiakaskokemuksen kehittämiseen isossa kirjastossa ja viedä oppeja Muuramen asiakaspalveluun.",
            preferredDates: ["2027-04-13", "2027-04-15"],
            appliedAt: "2026-12-03T09:10:00Z",
          },
          {
            applicant: PEOPLE.palokkaStaff,
            status: "ACCEPTED",
            motivation:
              "Syksyn 2023 vierailuni kaatui matkustuskieltoon, joten haen uudestaan. Kehitämme Palokan lähikirjastossa asiakaspalvelua, ja asiakaskokemustiimin työ kiinnostaa edelleen.",
            preferredDates: ["2027-04-13", "2027-04-14"],
            appliedAt: "2026-11-17T08:00:00Z",
            decidedAt: "2026-12-01T10:30:00Z",
            visitDate: "2027-04-14",
            hostMessage:
              "Hienoa, että pääset tällä kertaa! Varasin sinulle keskiviikon – aloitetaan asiakaskokemustiimin aamupalaverista.",
          },
        ],
      },
      {
        hostLibrary: "jyvaskyla",
        hostPerson: PEOPLE.jyvaskylaStaff,
        hostName: "Jyväskylän kaupunginkirjasto",
        title: "Omatoimikirjastot ja lähikirjastot Jyväskylässä",
        description:
          "Kortepohjan, Keljonkankaan ja Palokan kirjastot: omatoimiaukiolot, lähikirjastotyö ja asiakasviestintä.",
        themes: ["omatoimikirjastot"],
        startDate: "2027-04-19",
        endDate: "2027-04-23",
        places: 2,
        applications: [
          {
            applicant: PEOPLE.valkeakoskiStaff,
            status: "SUBMITTED",
            motivation:
              "Valkeakoskella on kysytty asiakkaiden kiinnostusta omatoimikirjastoon. Haluan nähdä omatoimikirjastojen arjen ennen kuin viemme omia ehdotuksiamme päättäjille.",
            preferredDates: ["2027-04-21", "2027-04-22"],
            appliedAt: "2026-11-24T11:45:00Z",
          },
        ],
      },
      {
        hostLibrary: "valkeakoski",
        hostPerson: PEOPLE.laila,
        hostName: "Laila",
        title: "Hakeutuvat palvelut ja tapahtumat Valkeakoskella",
        description: "Hakeutuvat palvelut, sanataidehankkeet ja Kosken kirjamessujen valmistelu.",
        themes: ["lukemisen-edistaminen"],
        startDate: "2027-05-10",
        endDate: "2027-05-12",
        places: 1,
        applications: [
          {
            // The library's only supervisor: no one else's consent to wait for.
            applicant: PEOPLE.muurameSupervisor,
            status: "WITHDRAWN",
            motivation:
              "Muuramessa mietitään kulttuurihyvinvointia seniori-ikäisille. Valkeakosken kirjastomummit ja hakeutuvat palvelut kiinnostavat esihenkilön näkökulmasta.",
            preferredDates: ["2027-05-11"],
            appliedAt: "2026-11-18T07:30:00Z",
            withdrawnAt: "2026-12-02T14:00:00Z",
          },
        ],
      },
      {
        hostLibrary: "muurame",
        hostPerson: PEOPLE.muurameSteering,
        hostName: "Muuramen kirjasto",
        title: "Pienen kirjaston arki Muuramessa",
        description:
          "Millaista on työ pienessä kunnankirjastossa? Kulttuurihyvinvointi seniori-ikäisille ja kulttuuriopetussuunnitelman kirjailijavierailut.",
        themes: ["kulttuurihyvinvointi", "lukemisen-edistaminen"],
        startDate: "2027-05-17",
        endDate: "2027-05-19",
        places: 1,
        applications: [
          {
            applicant: PEOPLE.marju,
            status: "ACCEPTED",
            motivation:
              "Tavoitamme hakeutuvissa palveluissa senioreita kirjastomummien kautta. Haluan nähdä, miten pienessä kirjastossa tehdään kulttuurihyvinvointityötä seniori-ikäisille.",
            preferredDates: ["2027-05-18", "2027-05-19"],
            appliedAt: "2026-11-16T09:20:00Z",
            decidedAt: "2026-11-26T12:00:00Z",
            visitDate: "2027-05-18",
            hostMessage: "Tervetuloa Muurameen! Tiistaina on senioreiden lukupiiri, johon pääset mukaan.",
          },
          {
            applicant: PEOPLE.tampereStaff,
            status: "DECLINED",
            motivation:
              "Kulttuuriopetussuunnitelman kirjailijavierailut kiinnostavat: haluan nähdä, miten pieni kirjasto tekee yhteistyötä koulujen kanssa.",
            preferredDates: ["2027-05-17", "2027-05-18"],
            appliedAt: "2026-11-19T13:10:00Z",
            decidedAt: "2026-11-26T12:05:00Z",
            hostMessage:
              "Kiitos kiinnostuksesta! Ainoa paikkamme meni jo toukokuun vierailulle. Tervetuloa tutustumaan Muuramen kirjastoon seuraavalla kierroksella.",
          },
        ],
      },
      {
        hostLibrary: "kangasala",
        hostName: "Kangasalan kirjasto",
        title: "Digiopastus arjessa Kangasalla",
        description:
          "Seuraa kirjaston digiopastusta: ajanvarauksella toimivat opastukset, asiakkaan palveleminen loppuun asti ja oman työn rajaaminen digituessa. Vierailupäivät ovat opastuspäiviä.",
        themes: ["digiosaaminen", "asiakaspalvelu"],
        startDate: "2027-03-23",
        endDate: "2027-03-25",
        dates: ["2027-03-23", "2027-03-25"],
        places: 2,
        applications: [
          {
            applicant: PEOPLE.hanna,
            status: "CLOSED",
            motivation:
              "Digiopastuksen rohkeus ja oman työn rajaaminen puhuttavat Jyväskylässäkin. Haluan nähdä, miten Kangasalla digiopastus on järjestetty.",
            preferredDates: ["2027-03-23"],
            appliedAt: "2026-11-19T10:00:00Z",
            closedAt: "2026-12-01T09:00:00Z",
            closeReason:
              "Hakija on virkavapaalla koko vierailujakson ajan. Suljettu hakijan kanssa sovitusti; paikka on muiden haettavissa.",
          },
        ],
      },
      {
        hostLibrary: "laukaa",
        hostName: "Laukaan kirjasto",
        title: "Lukemisen edistäminen ja koululaisvierailut Laukaassa",
        description:
          "Seuraa kunnankirjaston lukemisen edistämistä: koululaisryhmien kirjastovierailut, lukudiplomit ja yhteistyö koulujen kanssa. Ennen vierailua lyhyt etäperehdytys, jossa sovitaan päivän ohjelma.",
        themes: ["lukemisen-edistaminen"],
        startDate: "2027-03-15",
        endDate: "2027-03-19",
        places: 2,
        mode: "PARTLY_REMOTE",
        applications: [
          {
            applicant: PEOPLE.tampereStaff,
            status: "SUBMITTED",
            motivation:
              "Muuramen paikka oli jo täynnä, joten haen Laukaaseen: koululaisvierailut ja lukemisen edistäminen pienemmässä kunnassa kiinnostavat.",
            preferredDates: ["2027-03-16", "2027-03-17"],
            appliedAt: "2026-11-30T08:30:00Z",
          },
        ],
      },
    ],
  },
];

/** The statuses that hold one of the offer's places. */
const HOLDS_PLACE: ExchangeApplicationStatus[] = ["ACCEPTED", "COMPLETED"];

const libraryOf = new Map(USERS.map((user) => [user.email, user.librarySlug]));

/** A supervisor of the applicant's library who is not the applicant: the one who consents. */
function consenterOf(applicant: string): string | null {
  const library = libraryOf.get(applicant);
  const supervisor = USERS.find(
    (user) => user.librarySlug === library && user.roles.includes(Role.SUPERVISOR) && user.email !== applicant,
  );
  return supervisor?.email ?? null;
}

/** The rules the app keeps, checked on the seed's own data: a mistake in it fails the seed, not a page. */
function checkApplication(round: ExchangeRoundSeed, offer: ExchangeOfferSeed, app: ExchangeApplicationSeed): void {
  const fail = (what: string) => {
    throw new Error(`Demo seed: ${app.applicant} → "${offer.title}": ${what}`);
  };
  const days = { startDate: day(offer.startDate), endDate: day(offer.endDate), dates: (offer.dates ?? []).map(day) };
  const applied = helsinkiToday(new Date(app.appliedAt));
  if (libraryOf.get(app.applicant) === offer.hostLibrary) fail("applies to their own library's offer");
  if (applied < day(round.applicationOpensAt) || applied > day(round.applicationClosesAt))
    fail("applied outside the application window");
  if (!app.preferredDates.every((d) => offerHasDay(days, day(d)))) fail("a preferred day is not the offer's");
  if (HOLDS_PLACE.includes(app.status) && !app.visitDate) fail("accepted without a visit day");
  if (app.visitDate) {
    const visit = day(app.visitDate);
    if (!offerHasDay(days, visit) || visit < day(round.visitStartsOn) || visit > day(round.visitEndsOn))
      fail("the visit day is not one of the offer's in the visit period");
  }
  const hasSupervisor = consenterOf(app.applicant) !== null;
  if (app.status === "AWAITING_CONSENT") {
    if (!hasSupervisor || app.consentAt) fail("waits for a consent that no one gives");
  } else if (hasSupervisor !== (app.consentAt !== undefined)) {
    fail("consent must be given exactly when the library has a supervisor");
  }
  if ((app.status === "COMPLETED") !== (app.reports !== undefined && app.completedAt !== undefined))
    fail("a completed exchange has both reports and its completion");
  if (app.reports && !offer.hostPerson) fail("the host's report needs the offer's contact");
}

export async function seedExchanges({ db, log, refs }: SeedContext): Promise<void> {
  const rounds = await Promise.all(
    EXCHANGE_ROUNDS.map((round) => {
      const data = {
        description: round.description,
        status: round.status,
        offerOpensAt: day(round.offerOpensAt),
        offerClosesAt: day(round.offerClosesAt),
        applicationOpensAt: day(round.applicationOpensAt),
        applicationClosesAt: day(round.applicationClosesAt),
        visitStartsOn: day(round.visitStartsOn),
        visitEndsOn: day(round.visitEndsOn),
      };
      if (!windowsInOrder(data)) throw new Error(`Demo seed: the windows of "${round.title}" are out of order`);
      return db.exchangeRound.upsert({
        where: { year_title: { year: round.year, title: round.title } },
        create: { year: round.year, title: round.title, ...data },
        update: data,
        select: { id: true },
      });
    }),
  );

  const offers = EXCHANGE_ROUNDS.flatMap((round, index) =>
    round.offers.map((offer) => ({ roundId: rounds[index]!.id, round, ...offer })),
  );
  const offerKey = (offer: (typeof offers)[number]) =>
    `${offer.roundId}/${ref(refs.libraries, offer.hostLibrary)}/${offer.title}`;
  const existing = await db.exchangeOffer.findMany({
    where: { roundId: { in: rounds.map((round) => round.id) } },
    select: { id: true, roundId: true, hostLibraryId: true, title: true },
  });
  const offerData = (offer: (typeof offers)[number]) => ({
    hostPersonId: offer.hostPerson ? ref(refs.users, offer.hostPerson) : null,
    hostName: offer.hostName,
    description: offer.description,
    themes: offer.themes,
    startDate: day(offer.startDate),
    endDate: day(offer.endDate),
    dates: (offer.dates ?? []).map(day),
    places: offer.places,
    mode: offer.mode ?? "ONSITE",
  });
  const offerIds = await syncByKey({
    existing,
    items: offers,
    rowKey: (row) => `${row.roundId}/${row.hostLibraryId}/${row.title}`,
    itemKey: offerKey,
    create: (offer) =>
      db.exchangeOffer.create({
        data: {
          roundId: offer.roundId,
          hostLibraryId: ref(refs.libraries, offer.hostLibrary),
          title: offer.title,
          ...offerData(offer),
        },
        select: { id: true },
      }),
    update: (id, offer) => db.exchangeOffer.update({ where: { id }, data: offerData(offer), select: { id: true } }),
  });

  // Applications by their natural key (one per person and offer), then the reports (one per side).
  const applications = offers.flatMap((offer) =>
    (offer.applications ?? []).map((app) => {
      checkApplication(offer.round, offer, app);
      return { offer, app, offerId: ref(offerIds, offerKey(offer)), applicantId: ref(refs.users, app.applicant) };
    }),
  );
  const at = (instant: string | undefined) => (instant ? new Date(instant) : null);
  const applicationRows = await Promise.all(
    applications.map(({ app, offerId, applicantId }) => {
      const consenter = app.consentAt ? consenterOf(app.applicant) : null;
      const data = {
        fromLibraryId: ref(refs.libraries, libraryOf.get(app.applicant)!),
        motivation: app.motivation,
        status: app.status,
        preferredDates: app.preferredDates.map(day),
        visitDate: app.visitDate ? day(app.visitDate) : null,
        consentById: consenter ? ref(refs.users, consenter) : null,
        consentDecidedAt: at(app.consentAt),
        // It reached the host on consent, or at once without a supervisor.
        submittedAt: app.status === "AWAITING_CONSENT" ? null : at(app.consentAt ?? app.appliedAt),
        hostMessage: app.hostMessage ?? null,
        decidedAt: at(app.decidedAt),
        withdrawnAt: at(app.withdrawnAt),
        completedAt: at(app.completedAt),
        closedAt: at(app.closedAt),
        closeReason: app.closeReason ?? null,
        createdAt: new Date(app.appliedAt),
      };
      return db.exchangeApplication.upsert({
        where: { offerId_applicantId: { offerId, applicantId } },
        create: { offerId, applicantId, ...data },
        update: data,
        select: { id: true },
      });
    }),
  );

  const reports = applications.flatMap(({ offer, app }, index) =>
    (["VISITOR", "HOST"] as const).flatMap((side) => {
      const report = app.reports?.[side];
      if (!report) return [];
      const author = side === "VISITOR" ? app.applicant : offer.hostPerson!;
      return [{ applicationId: applicationRows[index]!.id, side, author, completedAt: app.completedAt!, report }];
    }),
  );
  await Promise.all(
    reports.map(({ applicationId, side, author, completedAt, report }) => {
      const data = {
        authorId: ref(refs.users, author),
        experience: report.experience,
        takeHome: report.takeHome,
        consentToPublish: report.consentToPublish,
        // Completing an exchange publishes the reports whose authors consented.
        publishedAt: report.consentToPublish ? new Date(completedAt) : null,
        createdAt: new Date(report.writtenAt),
      };
      return db.exchangeReport.upsert({
        where: { applicationId_side: { applicationId, side } },
        create: { applicationId, side, ...data },
        update: data,
        select: { id: true },
      });
    }),
  );

  // The counter of places, from the applications that hold one (the CHECK keeps it within places).
  const roundIds = rounds.map((round) => round.id);
  await db.$executeRaw`
    UPDATE "ExchangeOffer" o SET "placesTaken" = (
      SELECT count(*)::int FROM "ExchangeApplication" a
      WHERE a."offerId" = o."id" AND a."status" = ANY(${HOLDS_PLACE}::"ExchangeApplicationStatus"[]))
    WHERE o."roundId" = ANY(${roundIds}::uuid[])`;
  log(
    `Vaihtokierrokset: ${rounds.length}, vaihtopaikat: ${offers.length}, hakemukset: ${applications.length}, raportit: ${reports.length}`,
  );
}
