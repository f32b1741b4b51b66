// Member libraries of PiKe (Pirkanmaa: PIKI consortium, Keski-Suomi: Keski
// consortium) and their service points. Jyväskylä's service points follow
// the situation reported in the steering group's autumn 2023 minutes.
import { Consortium, Region, ServicePointKind, ServicePointStatus } from "@/lib/db/enums";
import type { SeedContext } from "./context";

export interface LibrarySeed {
  slug: string;
  name: string;
  municipality: string;
  region: Region;
  consortium: Consortium;
  website: string;
  emailDomains: string[];
  contactEmail: string;
}

export interface ServicePointSeed {
  librarySlug: string;
  name: string;
  kind: ServicePointKind;
  status?: ServicePointStatus;
  selfServiceHours?: boolean;
  address?: string;
  postalCode?: string;
  note?: string;
}

type Municipality = {
  slug: string;
  municipality: string;
  /** The library's name as it is written, e.g. "Jyväskylän kaupunginkirjasto". */
  name: string;
  /** Staff email domain when it is not `${slug}.fi`. */
  emailDomain?: string;
  /** Web domain when it is not `${slug}.fi`. */
  webDomain?: string;
};

const PIRKANMAA: Municipality[] = [
  { slug: "tampere", municipality: "Tampere", name: "Tampereen kaupunginkirjasto" },
  { slug: "valkeakoski", municipality: "Valkeakoski", name: "Valkeakosken kaupunginkirjasto" },
  { slug: "nokia", municipality: "Nokia", name: "Nokian kaupunginkirjasto" },
  { slug: "ylojarvi", municipality: "Ylöjärvi", name: "Ylöjärven kaupunginkirjasto" },
  { slug: "kangasala", municipality: "Kangasala", name: "Kangasalan kaupunginkirjasto" },
  { slug: "lempaala", municipality: "Lempäälä", name: "Lempäälän kirjasto" },
  { slug: "pirkkala", municipality: "Pirkkala", name: "Pirkkalan kirjasto" },
  { slug: "sastamala", municipality: "Sastamala", name: "Sastamalan kaupunginkirjasto" },
  { slug: "orivesi", municipality: "Orivesi", name: "Oriveden kaupunginkirjasto" },
  { slug: "mantta-vilppula", municipality: "Mänttä-Vilppula", name: "Mänttä-Vilppulan kaupunginkirjasto" },
  { slug: "ikaalinen", municipality: "Ikaalinen", name: "Ikaalisten kaupunginkirjasto" },
  { slug: "hameenkyro", municipality: "Hämeenkyrö", name: "Hämeenkyrön kirjasto" },
  { slug: "parkano", municipality: "Parkano", name: "Parkanon kaupunginkirjasto" },
  { slug: "virrat", municipality: "Virrat", name: "Virtain kaupunginkirjasto" },
  { slug: "akaa", municipality: "Akaa", name: "Akaan kaupunginkirjasto" },
  { slug: "urjala", municipality: "Urjala", name: "Urjalan kirjasto" },
];

const KESKI_SUOMI: Municipality[] = [
  {
    slug: "jyvaskyla",
    municipality: "Jyväskylä",
    name: "Jyväskylän kaupunginkirjasto",
    emailDomain: "jkl.fi",
  },
  { slug: "muurame", municipality: "Muurame", name: "Muuramen kirjasto" },
  { slug: "laukaa", municipality: "Laukaa", name: "Laukaan kirjasto" },
  { slug: "aanekoski", municipality: "Äänekoski", name: "Äänekosken kaupunginkirjasto" },
  { slug: "jamsa", municipality: "Jämsä", name: "Jämsän kaupunginkirjasto" },
  { slug: "keuruu", municipality: "Keuruu", name: "Keuruun kaupunginkirjasto" },
  { slug: "saarijarvi", municipality: "Saarijärvi", name: "Saarijärven kaupunginkirjasto" },
  { slug: "viitasaari", municipality: "Viitasaari", name: "Viitasaaren kaupunginkirjasto" },
  { slug: "petajavesi", municipality: "Petäjävesi", name: "Petäjäveden kirjasto" },
  { slug: "toivakka", municipality: "Toivakka", name: "Toivakan kirjasto" },
  { slug: "uurainen", municipality: "Uurainen", name: "Uuraisten kirjasto" },
  { slug: "hankasalmi", municipality: "Hankasalmi", name: "Hankasalmen kirjasto" },
];

function toLibrary(m: Municipality, region: Region, consortium: Consortium): LibrarySeed {
  const emailDomain = m.emailDomain ?? `${m.slug}.fi`;
  const webDomain = m.webDomain ?? (m.slug === "jyvaskyla" ? "jyvaskyla.fi" : `${m.slug}.fi`);
  return {
    slug: m.slug,
    name: m.name,
    municipality: m.municipality,
    region,
    consortium,
    website: `https://www.${webDomain}/kirjasto`,
    emailDomains: [emailDomain],
    contactEmail: `kirjasto@${emailDomain}`,
  };
}

export const LIBRARIES: LibrarySeed[] = [
  ...PIRKANMAA.map((m) => toLibrary(m, Region.PIRKANMAA, Consortium.PIKI)),
  ...KESKI_SUOMI.map((m) => toLibrary(m, Region.KESKI_SUOMI, Consortium.KESKI)),
];

/** Alphabetical (Finnish collation: å, ä, ö after z) position within the region. */
function sortOrderOf(library: LibrarySeed): number {
  return LIBRARIES.filter((other) => other.region === library.region)
    .map((other) => other.municipality)
    .sort((a, b) => a.localeCompare(b, "fi"))
    .indexOf(library.municipality);
}

/** Service points beyond the one main library every member library has. */
const OTHER_SERVICE_POINTS: ServicePointSeed[] = [
  // Tampere
  { librarySlug: "tampere", name: "Hervanta", kind: ServicePointKind.BRANCH, selfServiceHours: true },
  { librarySlug: "tampere", name: "Lielahti", kind: ServicePointKind.BRANCH },
  { librarySlug: "tampere", name: "Linnainmaa", kind: ServicePointKind.BRANCH, selfServiceHours: true },
  { librarySlug: "tampere", name: "Kirjastoauto", kind: ServicePointKind.BOOKMOBILE },
  // Jyväskylä, as in the minutes of 12.9.2023
  {
    librarySlug: "jyvaskyla",
    name: "Halssila",
    kind: ServicePointKind.BRANCH,
    status: ServicePointStatus.UNDER_REVIEW,
    note: "Leikkausuhan alla: neljän toimipisteen (Halssila, Vesanka, Lohikoski ja kirjastoauto Martti) lakkauttamisella tavoitellaan yhteensä 400 000 euron säästöä.",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Vesanka",
    kind: ServicePointKind.BRANCH,
    status: ServicePointStatus.UNDER_REVIEW,
    note: "Leikkausuhan alla: neljän toimipisteen (Halssila, Vesanka, Lohikoski ja kirjastoauto Martti) lakkauttamisella tavoitellaan yhteensä 400 000 euron säästöä.",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Lohikoski",
    kind: ServicePointKind.BRANCH,
    status: ServicePointStatus.UNDER_REVIEW,
    note: "Leikkausuhan alla: neljän toimipisteen (Halssila, Vesanka, Lohikoski ja kirjastoauto Martti) lakkauttamisella tavoitellaan yhteensä 400 000 euron säästöä.",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Kirjastoauto Martti",
    kind: ServicePointKind.BOOKMOBILE,
    status: ServicePointStatus.UNDER_REVIEW,
    note: "Leikkausuhan alla yhdessä Halssilan, Vesangan ja Lohikosken kirjastojen kanssa (säästötavoite yhteensä 400 000 euroa).",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Vaajakoski",
    kind: ServicePointKind.BRANCH,
    note: "Juuri valmistunut, uudistettu kirjasto – tervetuloa tutustumaan!",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Säynätsalo",
    kind: ServicePointKind.BRANCH,
    note: "Juuri valmistunut, uudistettu kirjasto – tervetuloa tutustumaan!",
  },
  {
    librarySlug: "jyvaskyla",
    name: "Keljonkangas",
    kind: ServicePointKind.BRANCH,
    selfServiceHours: true,
    note: "Toimi heinäkuussa 2023 kokonaan omatoimikirjastona.",
  },
  { librarySlug: "jyvaskyla", name: "Kortepohja", kind: ServicePointKind.BRANCH, selfServiceHours: true },
  { librarySlug: "jyvaskyla", name: "Palokka", kind: ServicePointKind.BRANCH },
];

/** Main libraries whose details differ from the plain "Pääkirjasto". */
const MAIN_DETAILS: Record<string, Partial<ServicePointSeed>> = {
  tampere: {
    name: "Pääkirjasto Metso",
    address: "Pirkankatu 2",
    postalCode: "33210",
  },
  jyvaskyla: {
    address: "Vapaudenkatu 39–41",
    postalCode: "40100",
    note: "Pääkirjasto on peruskorjausiässä ja talon tulevaisuus on päätettävänä. Selvitteillä on toiminnallinen tuottavuushyöty, jos museo, kirjasto ja muita toimijoita toimisi samassa tilassa.",
  },
};

export const SERVICE_POINTS: ServicePointSeed[] = [
  ...LIBRARIES.map((library): ServicePointSeed => ({
    librarySlug: library.slug,
    name: "Pääkirjasto",
    kind: ServicePointKind.MAIN,
    ...MAIN_DETAILS[library.slug],
  })),
  ...OTHER_SERVICE_POINTS,
];

export function servicePointKey(librarySlug: string, name: string): string {
  return `${librarySlug}/${name}`;
}

export async function seedLibraries({ db, log, refs }: SeedContext): Promise<void> {
  const libraries = await Promise.all(
    LIBRARIES.map((library) => {
      const data = { ...library, sortOrder: sortOrderOf(library) };
      return db.library.upsert({
        where: { slug: library.slug },
        create: data,
        update: data,
        select: { id: true, slug: true },
      });
    }),
  );
  for (const library of libraries) refs.libraries.set(library.slug, library.id);

  const municipalityOf = new Map(LIBRARIES.map((l) => [l.slug, l.municipality]));
  const sortWithin = new Map<string, number>();
  const points = await Promise.all(
    SERVICE_POINTS.map((point) => {
      const libraryId = refs.libraries.get(point.librarySlug);
      if (!libraryId) throw new Error(`Demo seed: unknown library ${point.librarySlug}`);
      const sortOrder = sortWithin.get(point.librarySlug) ?? 0;
      sortWithin.set(point.librarySlug, sortOrder + 1);
      const data = {
        kind: point.kind,
        status: point.status ?? ServicePointStatus.OPEN,
        selfServiceHours: point.selfServiceHours ?? false,
        address: point.address ?? null,
        postalCode: point.postalCode ?? null,
        city: municipalityOf.get(point.librarySlug) ?? null,
        note: point.note ?? null,
        sortOrder,
      };
      return db.servicePoint.upsert({
        where: { libraryId_name: { libraryId, name: point.name } },
        create: { libraryId, name: point.name, ...data },
        update: data,
        select: { id: true, name: true, library: { select: { slug: true } } },
      });
    }),
  );
  for (const point of points) {
    refs.servicePoints.set(servicePointKey(point.library.slug, point.name), point.id);
  }
  log(`Kirjastot: ${libraries.length}, toimipisteet: ${points.length}`);
}
