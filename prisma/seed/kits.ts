// PiKe boxes (pikeboksit): themed kits of training material and devices that
// circulate between the member libraries (issue 12 item 8). Five boxes from
// the minutes' world with contents lists, guides and photos; loans in a chain
// across libraries of both regions from a few months back to a few months
// ahead; one handover with a missing item; one box in maintenance.
//
// Dates are relative to the seed's "today" (the Monday of the current week in
// Helsinki, so a re-run within the week writes the same rows and the loans
// stay current whenever the seed runs). A seeded reservation's natural key is
// kit/library/note, so a re-run in a later week moves its dates forward
// instead of adding a second chain; each kit's rows are moved one at a time,
// the latest first, so that the exclusion constraint never sees two of them
// overlap on the way. A reservation made in the app that now blocks a seeded
// one wins: the seeded one is skipped (logged), never forced.
import { readFileSync } from "node:fs";
import path from "node:path";
import { KitReservationStatus, KitStatus } from "@/lib/db/enums";
import { addDays, dateOf, daysBetween, today, type Day } from "@/lib/dates/days";
import { ref, syncByKey, type SeedContext } from "./context";
import { PEOPLE } from "./users";

export interface KitContentsItem {
  item: string;
  count: number;
}

export interface KitSeed {
  slug: string;
  name: string;
  description: string;
  theme: string;
  homeLibrary: string;
  shippingDays: number;
  requiresApproval: boolean;
  status: KitStatus;
  contents: KitContentsItem[];
  /** Markdown, rendered by the minutes' sanitised renderer. */
  guide: string;
  /** The photo's alt text; the files are prisma/seed/kit-photos/<slug>.{jpg,webp}. */
  photoAlt: string;
}

export interface KitReservationSeed {
  kit: string;
  library: string;
  requestedBy: string;
  /** Days from the seed's anchor (the Monday of the current week); negative in the past. */
  start: number;
  /** Days the loan covers, both ends included. */
  days: number;
  status: KitReservationStatus;
  /** Unique per kit and library: part of the natural key. */
  note: string;
}

/** One row of a handover's contents checklist (the format lib/kits/handovers reads). */
export interface KitChecklistRow {
  item: string;
  count: number;
  state: "ok" | "missing" | "damaged";
  note?: string;
}

export const KITS: KitSeed[] = [
  {
    slug: "digiboksi-vr-lasit",
    name: "Digiboksi: VR-lasit",
    description:
      "Virtuaalilasit henkilökunnan omaan kokeiluun ja asiakastapahtumiin. Mukana työpajarunko digiopastuksen rohkeuden harjoitteluun.",
    theme: "digiosaaminen",
    homeLibrary: "jyvaskyla",
    shippingDays: 2,
    requiresApproval: false,
    status: KitStatus.AVAILABLE,
    contents: [
      { item: "VR-lasit ohjaimineen", count: 3 },
      { item: "Latausjohto ja virtalähde", count: 3 },
      { item: "Hygieniasuojat (pakkaus)", count: 2 },
      { item: "Puhdistusliina", count: 3 },
      { item: "Tabletti lasien hallintaan", count: 1 },
      { item: "Työpajarunko ja käyttöohje", count: 1 },
    ],
    guide: `## Ennen käyttöä

1. Lataa lasit ja ohjaimet täyteen (noin 2 tuntia).
2. Yhdistä lasit tabletin hallintasovellukseen ohjevihkon mukaan.
3. Varaa kokeiluun rauhallinen, vähintään 2 × 2 metrin tila.

## Työpajassa

- Aloita istuen ja lyhyillä, alle 10 minuutin kokeiluilla.
- Käytä jokaisella kokeilijalla uutta **hygieniasuojaa** ja pyyhi lasit liinalla.
- Työpajarungossa on valmis kulku henkilökunnan *digiopastuksen rohkeus* -harjoitukseen.

## Palautus

Tarkista sisältölista, lataa lasit ja lähetä boksi seuraavalle varaajalle kahden päivän sisällä.`,
    photoAlt: "Piirroskuva: VR-lasit ja ohjaimet pahvilaatikon yllä.",
  },
  {
    slug: "pelillisyysboksi",
    name: "Pelillisyysboksi",
    description:
      "Lauta- ja korttipelejä sekä pakohuonepeli pelillisiin työpajoihin ja tiimipäiviin. Sopii myös nuortenilloille.",
    theme: "asiakaspalvelu",
    homeLibrary: "tampere",
    shippingDays: 2,
    requiresApproval: false,
    // The escape-room case came back with a broken lock (see its last loan).
    status: KitStatus.MAINTENANCE,
    contents: [
      { item: "Lautapeli", count: 6 },
      { item: "Korttipeli", count: 4 },
      { item: "Pakohuonepeli (salkku)", count: 1 },
      { item: "Ajastin", count: 2 },
      { item: "Ohjevihko ja työpajarunko", count: 1 },
    ],
    guide: `## Näin pääset alkuun

- Valitse peli ryhmän koon mukaan: ohjevihkon taulukossa on pelaajamäärät ja kestot.
- Pakohuonepeli kestää noin 45 minuuttia; nollaa lukot ohjevihkon koodeilla ennen jokaista peliä.

## Tiimipäivän runko

1. Lämmittely korttipelillä (15 min).
2. Pakohuonepeli pienryhmissä (45 min).
3. Purku: mitä peli opetti yhteistyöstä asiakaspalvelussa?

Palauta pelit laskettuina: puuttuvat osat merkitään luovutuksen tarkistuslistaan.`,
    photoAlt: "Piirroskuva: noppa, pelikortteja ja pelinappula pahvilaatikon yllä.",
  },
  {
    slug: "sanataideboksi",
    name: "Sanataideboksi",
    description:
      "Sanataiteen ja lukemisen edistämisen välineitä lasten ja nuorten ryhmille: tehtäväkortteja, tarinanoppia ja runoautomaatti.",
    theme: "lukemisen-edistaminen",
    homeLibrary: "valkeakoski",
    shippingDays: 1,
    requiresApproval: false,
    status: KitStatus.AVAILABLE,
    contents: [
      { item: "Sanataiteen tehtäväkortit (sarja)", count: 2 },
      { item: "Tarinanoppa", count: 10 },
      { item: "Runoautomaatti", count: 1 },
      { item: "Ohjaajan opas", count: 1 },
    ],
    guide: `## Kenelle

Alakouluikäisille ja nuorille, 5–25 hengen ryhmille. Sopii luokkavierailuille ja lukudiplomin tueksi.

## Tuokion kulku

1. Heitä tarinanoppia ja keksikää yhdessä tarinan alku.
2. Jatka tehtäväkorteilla pareittain tai pienryhmissä.
3. Lopuksi runoautomaatti: jokainen vetää rivin ja ryhmä kokoaa runon.

Ohjaajan oppaassa on kolme valmista tuokiota ja vinkit eri-ikäisille.`,
    photoAlt: "Piirroskuva: puhekuplia ja tarinanoppa pahvilaatikon yllä.",
  },
  {
    slug: "kulttuurihyvinvointiboksi",
    name: "Kulttuurihyvinvointiboksi",
    description:
      "Välineitä kulttuurihyvinvointihetkiin, esimerkiksi seniori-ikäisten ryhmille: muistelukortit, äänikirjasoitin ja maalaustarvikkeet.",
    theme: "kulttuurihyvinvointi",
    homeLibrary: "tampere",
    shippingDays: 2,
    requiresApproval: false,
    status: KitStatus.AVAILABLE,
    contents: [
      { item: "Muistelukorttipakka", count: 4 },
      { item: "Äänikirjasoitin kuulokkeineen", count: 2 },
      { item: "Akvarellisarja", count: 8 },
      { item: "Ohjaajan opas ja työpajarunko", count: 1 },
    ],
    guide: `## Kulttuurihyvinvointihetki

- Ryhmäkoko 4–10; hetki kestää noin tunnin.
- Aloita muistelukorteilla: jokainen valitsee kortin ja kertoo, mitä se tuo mieleen.
- Kuunnelkaa lyhyt äänikirjanäyte ja maalatkaa siitä syntyneitä tunnelmia akvarelleilla.

Äänikirjasoittimet ladataan USB-johdolla. Pese siveltimet ja anna värien kuivua ennen pakkaamista.`,
    photoAlt: "Piirroskuva: maalipaletti ja kuulokkeet pahvilaatikon yllä.",
  },
  {
    slug: "asiakaspalveluboksi",
    name: "Asiakaspalveluboksi: aspa-ajokortin työpaja",
    description:
      "Aspa-ajokortin lähiosuus omaan kirjastoon: asiakastilannekortit, roolipeliharjoitukset ja palautekortit henkilökunnan yhteiseen iltapäivään.",
    theme: "asiakaspalvelu",
    homeLibrary: "jyvaskyla",
    shippingDays: 3,
    requiresApproval: true,
    status: KitStatus.AVAILABLE,
    contents: [
      { item: "Asiakastilannekortit (pakka)", count: 3 },
      { item: "Roolipelin roolikortit", count: 12 },
      { item: "Palautekortit (nippu)", count: 2 },
      { item: "Aspa-ajokortin tehtävävihko", count: 15 },
      { item: "Kouluttajan opas", count: 1 },
    ],
    guide: `## Työpaja omassa kirjastossa

Boksi korvaa aspa-ajokortin lähiosuuden, kun koko henkilökunta ei pääse yhteiseen koulutukseen.

1. Jakakaa osallistujat kolmen hengen ryhmiin: asiakas, palvelija ja havainnoija.
2. Vetäkää asiakastilannekortti ja harjoitelkaa tilanne roolikorttien avulla.
3. Havainnoija antaa palautteen palautekortilla, sitten roolit vaihtuvat.

Tehtävävihkot jäävät osallistujille; merkitse jaetut vihkot luovutuksen tarkistuslistaan.
Varaus vahvistetaan koordinaattorin kanssa, jotta työpaja sopii koulutuskalenteriin.`,
    photoAlt: "Piirroskuva: kaksi hahmoa ja puhekupla pahvilaatikon yllä.",
  },
];

/**
 * The loans, as offsets from the anchor. Per kit they form one chain: each
 * starts after the previous one's end plus the kit's shipping days (the box
 * travels from holder to holder), checked by the exclusion constraint.
 */
export const KIT_RESERVATIONS: KitReservationSeed[] = [
  // Digiboksi (2 shipping days): Tampere → home; now in Muurame (a cleaning cloth missing), then Valkeakoski, Jyväskylä, Nokia.
  {
    kit: "digiboksi-vr-lasit",
    library: "tampere",
    requestedBy: PEOPLE.johanna,
    start: -84,
    days: 21,
    status: KitReservationStatus.RETURNED,
    note: "Digiviikon VR-kokeilut pääkirjastossa.",
  },
  {
    kit: "digiboksi-vr-lasit",
    library: "laukaa",
    requestedBy: PEOPLE.kaisa,
    start: -45,
    days: 14,
    status: KitReservationStatus.PASSED_ON,
    note: "Henkilökunnan digiopastuksen rohkeus -työpaja.",
  },
  {
    kit: "digiboksi-vr-lasit",
    library: "muurame",
    requestedBy: PEOPLE.muurameSupervisor,
    start: -10,
    days: 18,
    status: KitReservationStatus.RECEIVED,
    note: "VR-kokeilut seniorien digitreffeillä.",
  },
  {
    kit: "digiboksi-vr-lasit",
    library: "valkeakoski",
    requestedBy: PEOPLE.valkeakoskiStaff,
    start: 10,
    days: 14,
    status: KitReservationStatus.CONFIRMED,
    note: "Nuorten pelipäivän VR-piste.",
  },
  {
    kit: "digiboksi-vr-lasit",
    library: "jyvaskyla",
    requestedBy: PEOPLE.jyvaskylaStaff,
    start: 28,
    days: 14,
    status: KitReservationStatus.CONFIRMED,
    note: "Digituen vapaaehtoisten perehdytys.",
  },
  {
    kit: "digiboksi-vr-lasit",
    library: "nokia",
    requestedBy: PEOPLE.juli,
    start: 56,
    days: 15,
    status: KitReservationStatus.REQUESTED,
    note: "Kirjastoviikon asiakastapahtuma.",
  },
  // Pelillisyysboksi: damaged on its last loan, now in maintenance; the coordinator decides on Jyväskylä's loan.
  {
    kit: "pelillisyysboksi",
    library: "kangasala",
    requestedBy: PEOPLE.juli,
    start: -70,
    days: 14,
    status: KitReservationStatus.PASSED_ON,
    note: "Tiimipäivän pelillinen iltapäivä.",
  },
  {
    kit: "pelillisyysboksi",
    library: "valkeakoski",
    requestedBy: PEOPLE.marju,
    start: -52,
    days: 14,
    status: KitReservationStatus.RETURNED,
    note: "Nuortenillat syyslomalla.",
  },
  {
    kit: "pelillisyysboksi",
    library: "jyvaskyla",
    requestedBy: PEOPLE.hanna,
    start: 35,
    days: 15,
    status: KitReservationStatus.CONFIRMED,
    note: "Henkilökunnan kehittämispäivän pakohuone.",
  },
  // Sanataideboksi (1 shipping day): Tampere → Muurame → home; now on its way to Tampere, then Laukaa and Valkeakoski.
  {
    kit: "sanataideboksi",
    library: "tampere",
    requestedBy: PEOPLE.niina,
    start: -49,
    days: 14,
    status: KitReservationStatus.PASSED_ON,
    note: "Lukudiplomin aloitustuokiot kouluille.",
  },
  {
    kit: "sanataideboksi",
    library: "muurame",
    requestedBy: PEOPLE.muurameSteering,
    start: -34,
    days: 13,
    status: KitReservationStatus.RETURNED,
    note: "Sanataidekerho alakoululaisille.",
  },
  {
    kit: "sanataideboksi",
    library: "tampere",
    requestedBy: PEOPLE.niina,
    start: 8,
    days: 14,
    status: KitReservationStatus.SENT,
    note: "Satutunnit päiväkotiryhmille.",
  },
  {
    kit: "sanataideboksi",
    library: "laukaa",
    requestedBy: PEOPLE.kaisa,
    start: 23,
    days: 14,
    status: KitReservationStatus.CONFIRMED,
    note: "Runoviikko yläkoululaisille.",
  },
  {
    kit: "sanataideboksi",
    library: "valkeakoski",
    requestedBy: PEOPLE.laila,
    start: 38,
    days: 14,
    status: KitReservationStatus.CONFIRMED,
    note: "Kirjavinkkauksen tueksi.",
  },
  // Kulttuurihyvinvointiboksi: Jyväskylä → home; Muurame's seniors, then Tampere and Valkeakoski.
  {
    kit: "kulttuurihyvinvointiboksi",
    library: "jyvaskyla",
    requestedBy: PEOPLE.kaisa,
    start: -42,
    days: 14,
    status: KitReservationStatus.RETURNED,
    note: "Palvelutalojen lukupiirit.",
  },
  {
    kit: "kulttuurihyvinvointiboksi",
    library: "muurame",
    requestedBy: PEOPLE.muurameSupervisor,
    start: 21,
    days: 19,
    status: KitReservationStatus.CONFIRMED,
    note: "Seniori-ikäisten kulttuurihyvinvointihetket Muuramen kirjastossa.",
  },
  {
    kit: "kulttuurihyvinvointiboksi",
    library: "tampere",
    requestedBy: PEOPLE.mervi,
    start: 42,
    days: 14,
    status: KitReservationStatus.CONFIRMED,
    note: "Muistelutuokiot Hervannan kirjastossa.",
  },
  {
    kit: "kulttuurihyvinvointiboksi",
    library: "valkeakoski",
    requestedBy: PEOPLE.marju,
    start: 70,
    days: 14,
    status: KitReservationStatus.REQUESTED,
    note: "Kulttuurihyvinvoinnin teemaviikko.",
  },
  // Asiakaspalveluboksi (3 shipping days, approval needed).
  {
    kit: "asiakaspalveluboksi",
    library: "kangasala",
    requestedBy: PEOPLE.mervi,
    start: -63,
    days: 7,
    status: KitReservationStatus.RETURNED,
    note: "Aspa-ajokortin lähiosuus koko henkilökunnalle.",
  },
  {
    kit: "asiakaspalveluboksi",
    library: "jyvaskyla",
    requestedBy: PEOPLE.hanna,
    start: 9,
    days: 10,
    status: KitReservationStatus.CONFIRMED,
    note: "Lähikirjastojen henkilökunnan aspa-iltapäivä.",
  },
  {
    kit: "asiakaspalveluboksi",
    library: "tampere",
    requestedBy: PEOPLE.mervi,
    start: 23,
    days: 10,
    status: KitReservationStatus.REQUESTED,
    note: "Asiakaspalvelun kertauspäivä lähikirjastoille.",
  },
];

/** The handover at the start of Muurame's current loan of the VR box: one cleaning cloth missing. */
export const KIT_HANDOVER = {
  kit: "digiboksi-vr-lasit",
  /** The reservation received (kit/library/note). */
  reservation: { library: "muurame", note: "VR-kokeilut seniorien digitreffeillä." },
  from: "laukaa",
  recordedBy: PEOPLE.muurameSupervisor,
  condition: "Lasit ja ohjaimet ehjät ja ladattu. Yksi puhdistusliina puuttui pakkauksesta.",
  checklist: [
    { item: "VR-lasit ohjaimineen", count: 3, state: "ok" },
    { item: "Latausjohto ja virtalähde", count: 3, state: "ok" },
    { item: "Hygieniasuojat (pakkaus)", count: 2, state: "ok" },
    { item: "Puhdistusliina", count: 3, state: "missing", note: "Saapui 2/3, yksi liina puuttuu." },
    { item: "Tabletti lasien hallintaan", count: 1, state: "ok" },
    { item: "Työpajarunko ja käyttöohje", count: 1, state: "ok" },
  ] satisfies KitChecklistRow[],
};

/** The seed's "today" for kit loans: the Monday of the current week in Helsinki. */
export function kitSeedAnchor(now: Date = new Date()): Day {
  const day = today(now);
  // 1970-01-05 was a Monday.
  const weekday = ((daysBetween("1970-01-05", day) % 7) + 7) % 7;
  return addDays(day, -weekday);
}

const PHOTO_DIR = path.join(import.meta.dirname, "kit-photos");

type PhotoManifest = Record<string, { mimeType: string; width: number; height: number; sha256: string }>;

/**
 * The photos rendered by scripts/render-kit-photos.ts through the catalogue's
 * upload inspection; stored as an upload stores them, but in one statement
 * each (about 20 kB, so no pieces), and only when the image changed.
 */
async function seedPhotos({ db }: SeedContext, kitIds: Map<string, string>): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(PHOTO_DIR, "manifest.json"), "utf8")) as PhotoManifest;
  await Promise.all(
    KITS.map(async (kit) => {
      const meta = manifest[kit.slug];
      if (!meta) throw new Error(`Demo seed: no photo for kit "${kit.slug}" (npm run seed:kit-photos)`);
      const content = readFileSync(path.join(PHOTO_DIR, `${kit.slug}.jpg`));
      const thumbnail = readFileSync(path.join(PHOTO_DIR, `${kit.slug}.webp`));
      await db.$executeRaw`
        INSERT INTO "KitPhoto" ("kitId", "mimeType", "sizeBytes", sha256, width, height, alt, content, thumbnail)
        VALUES (${ref(kitIds, kit.slug)}::uuid, ${meta.mimeType}, ${content.length}, ${meta.sha256}, ${meta.width},
                ${meta.height}, ${kit.photoAlt}, ${content}, ${thumbnail})
        ON CONFLICT ("kitId") DO UPDATE SET alt = EXCLUDED.alt,
          "mimeType" = EXCLUDED."mimeType", "sizeBytes" = EXCLUDED."sizeBytes", sha256 = EXCLUDED.sha256,
          width = EXCLUDED.width, height = EXCLUDED.height, content = EXCLUDED.content, thumbnail = EXCLUDED.thumbnail
        WHERE "KitPhoto".sha256 IS DISTINCT FROM EXCLUDED.sha256 OR "KitPhoto".alt IS DISTINCT FROM EXCLUDED.alt`;
    }),
  );
}

/** The exclusion constraint refused a write (a reservation made in the app holds those days). */
function isOverlap(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    if (o.code === "23P01" || o.originalCode === "23P01") return true;
    if (typeof o.message === "string" && o.message.includes("KitReservation_no_overlap")) return true;
    e = o.cause;
  }
  return false;
}

export async function seedKits(context: SeedContext): Promise<void> {
  const { db, log, refs } = context;
  const kits = await Promise.all(
    KITS.map((kit) => {
      const data = {
        name: kit.name,
        description: kit.description,
        themeId: ref(refs.themes, kit.theme),
        homeLibraryId: ref(refs.libraries, kit.homeLibrary),
        shippingDays: kit.shippingDays,
        requiresApproval: kit.requiresApproval,
        status: kit.status,
        guide: kit.guide,
        contents: kit.contents.map((entry) => ({ ...entry })),
      };
      return db.kit.upsert({
        where: { slug: kit.slug },
        create: { slug: kit.slug, ...data },
        update: data,
        select: { id: true, slug: true, shippingDays: true },
      });
    }),
  );
  const kitIds = new Map(kits.map((kit) => [kit.slug, kit.id]));
  const kitSlugs = new Map(kits.map((kit) => [kit.id, kit.slug]));
  const shippingDays = new Map(kits.map((kit) => [kit.slug, kit.shippingDays]));
  await seedPhotos(context, kitIds);

  const anchor = kitSeedAnchor();
  const existing = await db.kitReservation.findMany({
    where: { kitId: { in: [...kitIds.values()] } },
    select: { id: true, kitId: true, libraryId: true, note: true },
  });
  const librarySlugs = new Map([...refs.libraries].map(([slug, id]) => [id, slug]));
  const key = (kit: string, library: string, note: string | null) => `${kit}/${library}/${note ?? ""}`;
  const rowKey = (row: (typeof existing)[number]) =>
    key(kitSlugs.get(row.kitId) ?? "", librarySlugs.get(row.libraryId) ?? "", row.note);
  const itemKey = (item: KitReservationSeed) => key(item.kit, item.library, item.note);
  const startOf = (item: KitReservationSeed) => addDays(anchor, item.start);
  const reservationData = (item: KitReservationSeed) => {
    const startDate = startOf(item);
    return {
      requestedById: ref(refs.users, item.requestedBy),
      startDate: dateOf(startDate),
      endDate: dateOf(addDays(startDate, item.days - 1)),
      // A reservation copies the kit's shipping days when it is made.
      shippingDays: shippingDays.get(item.kit) ?? 0,
      decidedAt: item.status === KitReservationStatus.REQUESTED ? null : dateOf(addDays(startDate, -21)),
      createdAt: dateOf(addDays(startDate, -28)),
    };
  };
  /** A write the constraint refuses (an app-made reservation holds the days) is skipped: "" for no id. */
  const unlessBlocked = async (item: KitReservationSeed, write: () => Promise<{ id: string }>) => {
    try {
      return await write();
    } catch (error) {
      if (!isOverlap(error)) throw error;
      log(`PiKe-boksit: ${item.kit} ${startOf(item)} ohitettu, päivät on jo varattu`);
      return { id: "" };
    }
  };

  // One kit's rows one at a time, the latest first (see the header); kits in parallel.
  const ids = new Map<string, string>();
  await Promise.all(
    KITS.map(async (kit) => {
      const items = KIT_RESERVATIONS.filter((r) => r.kit === kit.slug).sort((a, b) => b.start - a.start);
      for (const item of items) {
        const synced = await syncByKey({
          existing,
          items: [item],
          rowKey,
          itemKey,
          create: (entry) =>
            unlessBlocked(entry, () =>
              db.kitReservation.create({
                data: {
                  kitId: ref(kitIds, entry.kit),
                  libraryId: ref(refs.libraries, entry.library),
                  status: entry.status,
                  note: entry.note,
                  ...reservationData(entry),
                },
                select: { id: true },
              }),
            ),
          // The status is left alone on update: a re-run must not revive a
          // reservation cancelled in the app over a newer one (exclusion constraint).
          update: (id, entry) =>
            unlessBlocked(entry, () =>
              db.kitReservation.update({ where: { id }, data: reservationData(entry), select: { id: true } }),
            ),
        });
        for (const [k, id] of synced) if (id) ids.set(k, id);
      }
    }),
  );

  // The handover with a missing item, found again by its reservation.
  const received = ids.get(key(KIT_HANDOVER.kit, KIT_HANDOVER.reservation.library, KIT_HANDOVER.reservation.note));
  let handovers = 0;
  if (received) {
    const item = KIT_RESERVATIONS.find(
      (r) => itemKey(r) === key(KIT_HANDOVER.kit, KIT_HANDOVER.reservation.library, KIT_HANDOVER.reservation.note),
    )!;
    const handoverData = {
      kitId: ref(kitIds, KIT_HANDOVER.kit),
      fromLibraryId: ref(refs.libraries, KIT_HANDOVER.from),
      toLibraryId: ref(refs.libraries, KIT_HANDOVER.reservation.library),
      // Received in the morning of the loan's first day.
      handedOverAt: new Date(`${startOf(item)}T07:30:00Z`),
      checklist: KIT_HANDOVER.checklist.map((row) => ({ ...row })),
      condition: KIT_HANDOVER.condition,
      recordedById: ref(refs.users, KIT_HANDOVER.recordedBy),
    };
    const existingHandovers = await db.kitHandover.findMany({
      where: { reservationId: received },
      select: { id: true, reservationId: true },
    });
    const synced = await syncByKey({
      existing: existingHandovers,
      items: [KIT_HANDOVER],
      rowKey: (row) => row.reservationId ?? "",
      itemKey: () => received,
      create: () => db.kitHandover.create({ data: { reservationId: received, ...handoverData }, select: { id: true } }),
      update: (id) => db.kitHandover.update({ where: { id }, data: handoverData, select: { id: true } }),
    });
    handovers = synced.size;
  }
  log(`PiKe-boksit: ${kits.length}, varaukset: ${ids.size} (alkaen ${anchor}), luovutukset: ${handovers}`);
}

/** The anchor-relative days of a seeded reservation (tests and the bench read the chain through this). */
export function seededRange(item: KitReservationSeed, anchor: Day = kitSeedAnchor()) {
  const startDate = addDays(anchor, item.start);
  return { startDate, endDate: addDays(startDate, item.days - 1) };
}
