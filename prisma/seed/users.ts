// Demo users. The first five are the sign-in personas of the demo, one per
// role (isDemo = true); the rest are the other steering-group members,
// coordinators and staff who appear in the demo meetings, networks and
// exchanges. People named in the source minutes appear by first name only.
import { Role } from "@/lib/db/enums";
import type { SeedContext } from "./context";

export interface UserSeed {
  email: string;
  name: string;
  roles: Role[];
  librarySlug: string;
  title: string;
  isDemo: boolean;
}

/** The sign-in personas of the demo: one user per role. */
export const DEMO_USERS = [
  { email: "admin@tampere.fi", role: Role.ADMIN, name: "Ylläpitäjä (demo)" },
  { email: "juli@tampere.fi", role: Role.COORDINATOR, name: "Juli" },
  { email: "hanna@jkl.fi", role: Role.STEERING, name: "Hanna" },
  { email: "esihenkilo@muurame.fi", role: Role.SUPERVISOR, name: "Muuramen esihenkilö (demo)" },
  { email: "marju@valkeakoski.fi", role: Role.STAFF, name: "Marju" },
] as const satisfies readonly { email: string; role: Role; name: string }[];

export type DemoUser = (typeof DEMO_USERS)[number];

/** Emails of the seeded people, for references from the other seed modules. */
export const PEOPLE = {
  admin: "admin@tampere.fi",
  juli: "juli@tampere.fi",
  hanna: "hanna@jkl.fi",
  muurameSupervisor: "esihenkilo@muurame.fi",
  marju: "marju@valkeakoski.fi",
  mervi: "mervi@tampere.fi",
  kaisa: "kaisa@jkl.fi",
  johanna: "johanna@tampere.fi",
  laila: "laila@valkeakoski.fi",
  niina: "niina@tampere.fi",
  muurameSteering: "johtaja@muurame.fi",
  valkeakoskiStaff: "virkailija@valkeakoski.fi",
  jyvaskylaStaff: "informaatikko@jkl.fi",
  palokkaStaff: "palokka@jkl.fi",
  muurameStaff: "kirjastovirkailija@muurame.fi",
  tampereStaff: "kirjastovirkailija@tampere.fi",
} as const;

export const USERS: UserSeed[] = [
  {
    email: PEOPLE.admin,
    name: "Ylläpitäjä (demo)",
    roles: [Role.ADMIN],
    librarySlug: "tampere",
    title: "Portaalin ylläpitäjä",
    isDemo: true,
  },
  {
    email: PEOPLE.juli,
    name: "Juli",
    roles: [Role.COORDINATOR],
    librarySlug: "tampere",
    title: "Kehittämiskirjaston suunnittelija (toimintasuunnitelma, kyselyt)",
    isDemo: true,
  },
  {
    email: PEOPLE.hanna,
    name: "Hanna",
    roles: [Role.STEERING],
    librarySlug: "jyvaskyla",
    title: "Ohjausryhmän jäsen, Jyväskylän kaupunginkirjasto",
    isDemo: true,
  },
  {
    email: PEOPLE.muurameSupervisor,
    name: "Muuramen esihenkilö (demo)",
    roles: [Role.SUPERVISOR],
    librarySlug: "muurame",
    title: "Kirjaston esihenkilö",
    isDemo: true,
  },
  {
    email: PEOPLE.marju,
    name: "Marju",
    roles: [Role.STAFF],
    librarySlug: "valkeakoski",
    title: "Informaatikko, hakeutuvat palvelut",
    isDemo: true,
  },
  {
    email: PEOPLE.mervi,
    name: "Mervi",
    roles: [Role.COORDINATOR],
    librarySlug: "tampere",
    title: "Kehittämiskirjaston suunnittelija (aspa-ajokortti, asiakaspalveluosaaminen)",
    isDemo: false,
  },
  {
    email: PEOPLE.kaisa,
    name: "Kaisa",
    roles: [Role.COORDINATOR],
    librarySlug: "jyvaskyla",
    title: "Kehittämiskirjaston suunnittelija (pikeboksit, digiosaaminen)",
    isDemo: false,
  },
  {
    email: PEOPLE.johanna,
    name: "Johanna",
    roles: [Role.STEERING],
    librarySlug: "tampere",
    title: "Ohjausryhmän jäsen, asiakaskokemustiimin vetäjä",
    isDemo: false,
  },
  {
    email: PEOPLE.laila,
    name: "Laila",
    roles: [Role.STEERING],
    librarySlug: "valkeakoski",
    title: "Ohjausryhmän jäsen, Valkeakosken kaupunginkirjasto",
    isDemo: false,
  },
  {
    email: PEOPLE.niina,
    name: "Niina",
    roles: [Role.STEERING, Role.COORDINATOR],
    librarySlug: "tampere",
    title: "Ohjausryhmän jäsen, kehittämiskirjasto",
    isDemo: false,
  },
  {
    email: PEOPLE.muurameSteering,
    name: "Muuramen kirjastonjohtaja (demo)",
    roles: [Role.STEERING],
    librarySlug: "muurame",
    title: "Kirjastonjohtaja, ohjausryhmän jäsen",
    isDemo: false,
  },
  {
    email: PEOPLE.valkeakoskiStaff,
    name: "Valkeakosken kirjastovirkailija (demo)",
    roles: [Role.STAFF],
    librarySlug: "valkeakoski",
    title: "Kirjastovirkailija",
    isDemo: false,
  },
  {
    email: PEOPLE.jyvaskylaStaff,
    name: "Jyväskylän informaatikko (demo)",
    roles: [Role.STAFF],
    librarySlug: "jyvaskyla",
    title: "Informaatikko, omatoimikirjastot",
    isDemo: false,
  },
  {
    email: PEOPLE.palokkaStaff,
    name: "Palokan kirjastonhoitaja (demo)",
    roles: [Role.STAFF],
    librarySlug: "jyvaskyla",
    title: "Kirjastonhoitaja, Palokan kirjasto",
    isDemo: false,
  },
  {
    email: PEOPLE.muurameStaff,
    name: "Muuramen kirjastovirkailija (demo)",
    roles: [Role.STAFF],
    librarySlug: "muurame",
    title: "Kirjastovirkailija",
    isDemo: false,
  },
  {
    email: PEOPLE.tampereStaff,
    name: "Tampereen kirjastovirkailija (demo)",
    roles: [Role.STAFF],
    librarySlug: "tampere",
    title: "Kirjastovirkailija, Hervannan kirjasto",
    isDemo: false,
  },
];

/** When the seeded addresses count as verified (a fixed instant keeps re-runs equal). */
const EMAIL_VERIFIED_AT = new Date("2023-08-01T06:00:00Z");

export async function seedUsers({ db, log, refs }: SeedContext): Promise<void> {
  const users = await Promise.all(
    USERS.map((user) => {
      const libraryId = refs.libraries.get(user.librarySlug);
      if (!libraryId) throw new Error(`Demo seed: unknown library ${user.librarySlug}`);
      const data = {
        name: user.name,
        roles: user.roles,
        libraryId,
        title: user.title,
        isDemo: user.isDemo,
        emailVerified: EMAIL_VERIFIED_AT,
        profileCompletedAt: EMAIL_VERIFIED_AT,
      };
      return db.user.upsert({
        where: { email: user.email },
        create: { email: user.email, ...data },
        update: data,
        select: { id: true, email: true },
      });
    }),
  );
  for (const user of users) refs.users.set(user.email, user.id);
  log(`Käyttäjät: ${users.length}`);
}
