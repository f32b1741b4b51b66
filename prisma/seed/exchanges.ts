// Job shadowing and work-life exchange (työn varjostus ja työelämävaihto):
// the 2023 trial discussed by the steering group, and the 2027 round.
import { day, ref, syncByKey, type SeedContext } from "./context";
import { PEOPLE } from "./users";

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
  places: number;
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
      },
    ],
  },
  {
    year: 2027,
    title: "Työn varjostus ja työelämävaihto 2027",
    description:
      "Vuoden 2023 kokeilusta vakiintunut työn varjostus ja työelämävaihto jatkuu. Hae vaihtoon alueen toiseen kirjastoon – esihenkilön kanssa sovittuna – ja kerro kokemuksistasi vaihdon jälkeen.",
    status: "OPEN",
    offerOpensAt: "2026-11-02",
    offerClosesAt: "2026-12-31",
    applicationOpensAt: "2027-01-01",
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
      },
    ],
  },
];

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
      return db.exchangeRound.upsert({
        where: { year_title: { year: round.year, title: round.title } },
        create: { year: round.year, title: round.title, ...data },
        update: data,
        select: { id: true },
      });
    }),
  );

  const offers = EXCHANGE_ROUNDS.flatMap((round, index) =>
    round.offers.map((offer) => ({ roundId: rounds[index]!.id, ...offer })),
  );
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
    places: offer.places,
  });
  await syncByKey({
    existing,
    items: offers,
    rowKey: (row) => `${row.roundId}/${row.hostLibraryId}/${row.title}`,
    itemKey: (offer) => `${offer.roundId}/${ref(refs.libraries, offer.hostLibrary)}/${offer.title}`,
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
  log(`Vaihtokierrokset: ${rounds.length}, vaihtopaikat: ${offers.length}`);
}
