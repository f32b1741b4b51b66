// PiKe boxes (pikeboksit): themed kits of training material and devices that
// circulate between the member libraries.
import { KitReservationStatus, KitStatus } from "@/lib/db/enums";
import { day, ref, syncByKey, type SeedContext } from "./context";
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
  contents: KitContentsItem[];
}

export interface KitReservationSeed {
  kit: string;
  library: string;
  requestedBy: string;
  startDate: string;
  endDate: string;
  status: KitReservationStatus;
  note: string;
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
    contents: [
      { item: "VR-lasit ohjaimineen", count: 3 },
      { item: "Latausjohto ja virtalähde", count: 3 },
      { item: "Hygieniasuojat (pakkaus)", count: 2 },
      { item: "Puhdistusliina", count: 3 },
      { item: "Tabletti lasien hallintaan", count: 1 },
      { item: "Työpajarunko ja käyttöohje", count: 1 },
    ],
  },
  {
    slug: "pelillisyysboksi",
    name: "Pelillisyysboksi",
    description:
      "Lauta- ja korttipelejä sekä pakohuonepeli pelillisiin työpajoihin ja tiimipäiviin. Sopii myös nuortenilloille.",
    theme: "asiakaspalvelu",
    homeLibrary: "tampere",
    shippingDays: 2,
    contents: [
      { item: "Lautapeli", count: 6 },
      { item: "Korttipeli", count: 4 },
      { item: "Pakohuonepeli (salkku)", count: 1 },
      { item: "Ajastin", count: 2 },
      { item: "Ohjevihko ja työpajarunko", count: 1 },
    ],
  },
  {
    slug: "sanataideboksi",
    name: "Sanataideboksi",
    description:
      "Sanataiteen ja lukemisen edistämisen välineitä lasten ja nuorten ryhmille: tehtäväkortteja, tarinanoppia ja runoautomaatti.",
    theme: "lukemisen-edistaminen",
    homeLibrary: "valkeakoski",
    shippingDays: 1,
    contents: [
      { item: "Sanataiteen tehtäväkortit (sarja)", count: 2 },
      { item: "Tarinanoppa", count: 10 },
      { item: "Runoautomaatti", count: 1 },
      { item: "Ohjaajan opas", count: 1 },
    ],
  },
  {
    slug: "kulttuurihyvinvointiboksi",
    name: "Kulttuurihyvinvointiboksi",
    description:
      "Välineitä kulttuurihyvinvointihetkiin, esimerkiksi seniori-ikäisten ryhmille: muistelukortit, äänikirjasoitin ja maalaustarvikkeet.",
    theme: "kulttuurihyvinvointi",
    homeLibrary: "tampere",
    shippingDays: 2,
    contents: [
      { item: "Muistelukorttipakka", count: 4 },
      { item: "Äänikirjasoitin kuulokkeineen", count: 2 },
      { item: "Akvarellisarja", count: 8 },
      { item: "Ohjaajan opas ja työpajarunko", count: 1 },
    ],
  },
];

/** One confirmed reservation: Muurame's seniors' cultural wellbeing project in spring 2027. */
export const KIT_RESERVATIONS: KitReservationSeed[] = [
  {
    kit: "kulttuurihyvinvointiboksi",
    library: "muurame",
    requestedBy: PEOPLE.muurameSupervisor,
    startDate: "2027-03-08",
    endDate: "2027-03-26",
    status: KitReservationStatus.CONFIRMED,
    note: "Seniori-ikäisten kulttuurihyvinvointihetket Muuramen kirjastossa.",
  },
];

export async function seedKits({ db, log, refs }: SeedContext): Promise<void> {
  const kits = await Promise.all(
    KITS.map((kit) => {
      const data = {
        name: kit.name,
        description: kit.description,
        themeId: ref(refs.themes, kit.theme),
        homeLibraryId: ref(refs.libraries, kit.homeLibrary),
        shippingDays: kit.shippingDays,
        contents: kit.contents.map((entry) => ({ ...entry })),
        status: KitStatus.AVAILABLE,
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

  const existing = await db.kitReservation.findMany({
    where: { kitId: { in: [...kitIds.values()] } },
    select: { id: true, kitId: true, libraryId: true, startDate: true },
  });
  const librarySlugs = new Map([...refs.libraries].map(([slug, id]) => [id, slug]));
  const key = (kit: string, library: string, startDate: string) => `${kit}/${library}/${startDate}`;
  const reservationData = (reservation: KitReservationSeed) => ({
    requestedById: ref(refs.users, reservation.requestedBy),
    endDate: day(reservation.endDate),
    // A reservation copies the kit's shipping days when it is made.
    shippingDays: shippingDays.get(reservation.kit) ?? 0,
    note: reservation.note,
  });
  await syncByKey({
    existing,
    items: KIT_RESERVATIONS,
    rowKey: (row) =>
      key(
        kitSlugs.get(row.kitId) ?? "",
        librarySlugs.get(row.libraryId) ?? "",
        row.startDate.toISOString().slice(0, 10),
      ),
    itemKey: (item) => key(item.kit, item.library, item.startDate),
    create: (item) =>
      db.kitReservation.create({
        data: {
          kitId: ref(kitIds, item.kit),
          libraryId: ref(refs.libraries, item.library),
          startDate: day(item.startDate),
          status: item.status,
          ...reservationData(item),
        },
        select: { id: true },
      }),
    // The status is left alone on update: a re-run must not revive a
    // reservation cancelled in the app over a newer one (exclusion constraint).
    update: (id, item) =>
      db.kitReservation.update({ where: { id }, data: reservationData(item), select: { id: true } }),
  });
  log(`PiKe-boksit: ${kits.length}, varaukset: ${KIT_RESERVATIONS.length}`);
}
