// The aspa-ajokortti's participants since spring 2021 (issue 13): about a
// hundred completed with certificates, people stuck at each part, a few who
// left, some going on now; and applications to the 2027 mentoring programme,
// one pair made. The participants are fictional staff of the member
// libraries, generated deterministically (a seeded generator), so the seed
// gives the same people every time; rows are inserted with skipDuplicates on
// their natural keys, so running it again changes nothing.
import { randomBytes } from "node:crypto";
import { displayName } from "@/lib/users/rules";
import { translator } from "@/lib/i18n/translate";
import { encodeCertificateCode, CERTIFICATE_ISSUER } from "@/lib/programmes/rules";
import { dateOf, today } from "@/lib/dates/days";
import { ref, type SeedContext } from "./context";
import { PEOPLE } from "./users";

const FIRST = [
  "Aino",
  "Eeva",
  "Helmi",
  "Ilona",
  "Johanna",
  "Katja",
  "Laura",
  "Minna",
  "Noora",
  "Outi",
  "Päivi",
  "Riikka",
  "Sanna",
  "Tiina",
  "Ulla",
  "Veera",
  "Anna",
  "Elina",
  "Hanna-Leena",
  "Marja",
  "Juha",
  "Mikko",
  "Pekka",
  "Antti",
  "Ville",
  "Timo",
  "Sami",
  "Jari",
];
const LAST = [
  "Aaltonen",
  "Heikkilä",
  "Järvinen",
  "Koskinen",
  "Laine",
  "Mäkelä",
  "Nieminen",
  "Ojala",
  "Rantanen",
  "Salonen",
  "Toivonen",
  "Virtanen",
  "Lehtonen",
  "Hämäläinen",
  "Kallio",
  "Leinonen",
  "Mattila",
  "Pesonen",
  "Saarinen",
  "Väisänen",
];

/** The same numbers on every run (mulberry32). */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const DAY = 86_400_000;
const COMPLETED = 112;
const STUCK_PER_PART = 9;
const GOING_ON = 8;
const LEFT = 6;

type Kind = { status: "COMPLETED" | "ACTIVE" | "LEFT"; partsDone: number; recent?: boolean };

export async function seedProgrammes({ db, log, refs }: SeedContext): Promise<void> {
  const now = new Date();
  const aspa = await db.offering.findUniqueOrThrow({
    where: { slug: "aspa-ajokortti" },
    select: {
      id: true,
      title: true,
      modules: {
        select: { id: true, title: true, position: true, required: true, mode: true },
        orderBy: { position: "asc" },
      },
    },
  });
  // A few weeks ahead whenever the seed runs: the unfinished are close to it.
  await db.offering.update({
    where: { id: aspa.id },
    data: { deadline: dateOf(today(new Date(now.getTime() + 24 * DAY))) },
  });
  const required = aspa.modules.filter((m) => m.required);

  const kinds: Kind[] = [
    ...Array.from({ length: COMPLETED }, (): Kind => ({ status: "COMPLETED", partsDone: required.length })),
    ...required
      .slice(0, -1)
      .flatMap((_, k) => Array.from({ length: STUCK_PER_PART }, (): Kind => ({ status: "ACTIVE", partsDone: k }))),
    ...Array.from({ length: GOING_ON }, (_, i): Kind => ({
      status: "ACTIVE",
      partsDone: i % required.length,
      recent: true,
    })),
    ...Array.from({ length: LEFT }, (_, i): Kind => ({ status: "LEFT", partsDone: i % 2 })),
  ];
  const random = generator(2021);
  const librarySlugs = [...refs.libraries.keys()].sort();
  const people = kinds.map((kind, i) => {
    const library = librarySlugs[random.int(0, librarySlugs.length - 1)]!;
    const name = `${FIRST[random.int(0, FIRST.length - 1)]} ${LAST[random.int(0, LAST.length - 1)]}`;
    return { kind, library, name, email: `aspa-${String(i + 1).padStart(3, "0")}@${library}.esimerkki.fi` };
  });
  await db.user.createMany({
    data: people.map((p) => ({
      email: p.email,
      name: p.name,
      roles: ["STAFF" as const],
      libraryId: ref(refs.libraries, p.library),
      title: "Kirjastovirkailija",
      emailVerified: new Date("2021-01-04T08:00:00Z"),
      profileCompletedAt: new Date("2021-01-04T08:00:00Z"),
    })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({
    where: { email: { in: people.map((p) => p.email) } },
    select: { id: true, email: true, name: true, library: { select: { name: true } } },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const coordinatorId = ref(refs.users, PEOPLE.mervi);

  const participations: {
    offeringId: string;
    userId: string;
    status: Kind["status"];
    joinedAt: Date;
    leftAt: Date | null;
    completedAt: Date | null;
    lastProgressAt: Date;
  }[] = [];
  const completions: {
    moduleId: string;
    userId: string;
    completedAt: Date;
    note: string | null;
    mode: (typeof aspa.modules)[number]["mode"];
    confirmedById: string | null;
  }[] = [];
  const start2021 = Date.parse("2021-03-01T08:00:00Z");
  for (const person of people) {
    const user = byEmail.get(person.email)!;
    const { kind } = person;
    // Completed: joined since spring 2021; the others joined in the last year and a half.
    const joinedAt =
      kind.status === "COMPLETED"
        ? new Date(start2021 + random.int(0, Math.floor((now.getTime() - start2021) / DAY) - 260) * DAY)
        : new Date(now.getTime() - random.int(kind.recent ? 20 : 120, kind.recent ? 60 : 520) * DAY);
    let at = joinedAt.getTime();
    const done = kind.status === "COMPLETED" ? required : required.slice(0, kind.partsDone);
    for (const part of done) {
      at += random.int(3, 50) * DAY;
      completions.push({
        moduleId: part.id,
        userId: user.id,
        completedAt: new Date(at),
        note: part.mode === "SELF_REPORTED" ? "Pohdin, miten kohtaan asiakkaan kiireessäkin rauhallisesti." : null,
        mode: part.mode,
        confirmedById: part.mode === "COORDINATOR" ? coordinatorId : null,
      });
    }
    // Those going on now moved in the last weeks; the stuck ones months ago.
    const lastProgressAt = new Date(
      Math.min(kind.recent ? now.getTime() - random.int(1, 20) * DAY : at, now.getTime() - DAY),
    );
    participations.push({
      offeringId: aspa.id,
      userId: user.id,
      status: kind.status,
      joinedAt,
      leftAt: kind.status === "LEFT" ? new Date(lastProgressAt.getTime() + 7 * DAY) : null,
      completedAt: kind.status === "COMPLETED" ? new Date(at) : null,
      lastProgressAt,
    });
  }
  await db.programmeParticipation.createMany({ data: participations, skipDuplicates: true });
  await db.moduleCompletion.createMany({ data: completions, skipDuplicates: true });

  const rows = await db.programmeParticipation.findMany({
    where: { offeringId: aspa.id, userId: { in: users.map((u) => u.id) } },
    select: { id: true, userId: true, status: true, completedAt: true },
  });
  const t = translator("fi");
  const usersById = new Map(users.map((u) => [u.id, u]));
  await db.programmeCertificate.createMany({
    data: rows
      .filter((r) => r.status === "COMPLETED" && r.completedAt)
      .map((r) => {
        const user = usersById.get(r.userId)!;
        return {
          participationId: r.id,
          code: encodeCertificateCode(randomBytes(16)),
          holderName: displayName({ name: user.name, libraryName: user.library?.name ?? null }, t),
          programmeTitle: aspa.title,
          parts: required.map((p) => ({ title: p.title })),
          completedOn: dateOf(today(r.completedAt!)),
          issuer: CERTIFICATE_ISSUER,
          issuedAt: r.completedAt!,
        };
      }),
    skipDuplicates: true,
  });
  // The seeded history's reminders count as sent, so that a worker started on the demo
  // data mails only the few whose turn comes now (the newest ones going on).
  await db.programmeReminder.createMany({
    data: rows
      .filter((r) => r.status === "ACTIVE")
      .slice(0, -3)
      .flatMap((r) =>
        (["STALLED", "DEADLINE_30"] as const).map((kind) => ({ participationId: r.id, kind, sentAt: now })),
      ),
    skipDuplicates: true,
  });

  // Mentoring 2027: a few applications, one pair.
  const mentoring = await db.offering.findUniqueOrThrow({
    where: { slug: "mentorointiohjelma-2027" },
    select: { id: true },
  });
  const applicants = [
    {
      email: PEOPLE.muurameSupervisor,
      role: "MENTOR" as const,
      goals: "Voin jakaa kokemusta pienen kirjaston johtamisesta ja muutoksesta.",
      availability: "Kerran kuukaudessa, etänä.",
    },
    {
      email: PEOPLE.laila,
      role: "MENTOR" as const,
      goals: "Asiakaspalvelun kehittäminen ja tiimin tukeminen.",
      availability: "Valkeakoskella tai etänä, iltapäivisin.",
    },
    {
      email: PEOPLE.jyvaskylaStaff,
      role: "MENTEE" as const,
      goals: "Haluan kasvaa esihenkilötehtäviin ja oppia johtamaan muutosta.",
      availability: "Joka toinen viikko, etänä.",
    },
    {
      email: PEOPLE.palokkaStaff,
      role: "MENTEE" as const,
      goals: "Oman työn rajaaminen ja jaksaminen digiopastuksessa.",
      availability: "Kerran kuukaudessa.",
    },
    {
      email: people[COMPLETED]!.email,
      role: "MENTEE" as const,
      goals: "Uran alussa: verkostoja ja tukea.",
      availability: "Etänä, aamupäivisin.",
    },
  ];
  const applicantUsers = await db.user.findMany({
    where: { email: { in: applicants.map((a) => a.email) } },
    select: { id: true, email: true, libraryId: true },
  });
  const applicantByEmail = new Map(applicantUsers.map((u) => [u.email, u]));
  await db.mentoringApplication.createMany({
    data: applicants.flatMap((a) => {
      const user = applicantByEmail.get(a.email);
      if (!user) return [];
      return [
        {
          offeringId: mentoring.id,
          userId: user.id,
          role: a.role,
          libraryId: user.libraryId,
          goals: a.goals,
          availability: a.availability,
        },
      ];
    }),
    skipDuplicates: true,
  });
  const apps = await db.mentoringApplication.findMany({
    where: { offeringId: mentoring.id },
    select: { id: true, userId: true },
  });
  const applicationOf = (email: string) => apps.find((a) => a.userId === applicantByEmail.get(email)?.id);
  const mentor = applicationOf(applicants[0]!.email);
  const mentee = applicationOf(applicants[2]!.email);
  if (mentor && mentee) {
    await db.mentoringPair.createMany({
      data: [
        {
          offeringId: mentoring.id,
          mentorId: mentor.id,
          menteeId: mentee.id,
          createdById: ref(refs.users, PEOPLE.juli),
        },
      ],
      skipDuplicates: true,
    });
  }
  log(
    `Aspa-ajokortti: ${participations.length} osallistujaa (${COMPLETED} suorittanut); mentorointihakemuksia: ${apps.length}`,
  );
}
