// The PiKe networks' life (issue 14 item 6): members from many libraries of
// both regions, some who left this year, join requests waiting (one of them
// long enough for the chairs' reminder), each playbook's earlier versions and
// the chairs' announcements.
// Idempotent: people and memberships are upserted on their keys; a network's
// history is written only while it has none (the portal's own saves are kept).
import { MembershipRole, MembershipStatus, Role } from "@/lib/db/enums";
import { ref, type SeedContext } from "./context";
import { NETWORKS } from "./networks";
import { PEOPLE } from "./users";

/** Staff of member libraries who take part in networks (not sign-in personas). */
export const NETWORK_STAFF = [
  { email: "aino.virtanen@nokia.pikedemo.fi", name: "Aino Virtanen", library: "nokia" },
  { email: "elina.koskinen@ylojarvi.pikedemo.fi", name: "Elina Koskinen", library: "ylojarvi" },
  { email: "tuomas.lehtinen@kangasala.pikedemo.fi", name: "Tuomas Lehtinen", library: "kangasala" },
  { email: "sari.makinen@lempaala.pikedemo.fi", name: "Sari Mäkinen", library: "lempaala" },
  { email: "kati.heikkinen@pirkkala.pikedemo.fi", name: "Kati Heikkinen", library: "pirkkala" },
  { email: "mikko.laine@sastamala.pikedemo.fi", name: "Mikko Laine", library: "sastamala" },
  { email: "hanna-riikka.nurmi@orivesi.pikedemo.fi", name: "Hanna-Riikka Nurmi", library: "orivesi" },
  { email: "paivi.salonen@ikaalinen.pikedemo.fi", name: "Päivi Salonen", library: "ikaalinen" },
  { email: "jussi.rantanen@akaa.pikedemo.fi", name: "Jussi Rantanen", library: "akaa" },
  { email: "laura.jarvinen@laukaa.pikedemo.fi", name: "Laura Järvinen", library: "laukaa" },
  { email: "minna.hakala@aanekoski.pikedemo.fi", name: "Minna Hakala", library: "aanekoski" },
  { email: "ville.lindqvist@jamsa.pikedemo.fi", name: "Ville Lindqvist", library: "jamsa" },
  { email: "anu.peltonen@keuruu.pikedemo.fi", name: "Anu Peltonen", library: "keuruu" },
  { email: "riikka.mattila@saarijarvi.pikedemo.fi", name: "Riikka Mattila", library: "saarijarvi" },
  { email: "tiina.koivisto@viitasaari.pikedemo.fi", name: "Tiina Koivisto", library: "viitasaari" },
  { email: "satu.aaltonen@hankasalmi.pikedemo.fi", name: "Satu Aaltonen", library: "hankasalmi" },
] as const;

type Membership = {
  network: string;
  user: string;
  status: MembershipStatus;
  joinedAt?: string;
  leftAt?: string;
  /** Days before the seed run (requests stay current whenever the demo is started). */
  requestedDaysAgo?: number;
  message?: string;
};

const staff = (i: number) => NETWORK_STAFF[i]!.email;

/** What the chairs have told their members this year (sent by each network's chair). */
const ANNOUNCEMENTS: { network: string; sentAt: string; title: string; body: string }[] = [
  {
    network: "asiakaspalveluverkosto",
    sentAt: "2026-08-18T09:30:00+03:00",
    title: "Syksyn tapaamiset ja toiveet aiheista",
    body: "Hei kaikki!\n\nSyksyn ensimmäinen tapaaminen on etänä syyskuussa. Kirjoittakaa tämän viikon aikana, mistä asiakaspalvelun tilanteista haluaisitte puhua: hankalat asiakastilanteet, omatoimiajan opastus ja kesän kokemukset ovat jo listalla.\n\nTervetuloa myös uudet jäsenet!",
  },
  {
    network: "asiakaspalveluverkosto",
    sentAt: "2026-11-02T14:00:00+02:00",
    title: "Kuulumiskierros: kerro yksi onnistuminen",
    body: "Seuraavassa tapaamisessa jokainen kirjasto kertoo yhden syksyn onnistumisen asiakaspalvelussa. Pari minuuttia riittää. Lisätään hyvät käytännöt pelikirjaan tapaamisen jälkeen.",
  },
  {
    network: "digitukiverkosto",
    sentAt: "2026-09-07T10:00:00+03:00",
    title: "Digitukiviikon materiaalit jaettu",
    body: "Digitukiviikon julisteet ja opastuspohjat ovat nyt verkoston pelikirjassa. Muokatkaa niitä vapaasti oman kirjastonne käyttöön ja kertokaa, miten viikko meni.",
  },
  {
    network: "omatoimikirjastoverkosto",
    sentAt: "2026-10-12T12:15:00+03:00",
    title: "Tutustumiskäynti keväällä",
    body: "Suunnittelemme kevääksi tutustumiskäyntiä uuteen omatoimikirjastoon. Ilmoitathan, jos kirjastossanne on remontti tai uudistus, jonka voisimme käydä katsomassa.",
  },
];

/** Who is where: active members from both regions, a few who left, requests waiting. */
const MEMBERSHIPS: Membership[] = [
  // Asiakaspalveluverkosto: the largest.
  ...[0, 1, 2, 4, 5, 9, 10, 12].map((i, n) => ({
    network: "asiakaspalveluverkosto",
    user: staff(i),
    status: MembershipStatus.ACTIVE,
    joinedAt: `2025-${String(2 + n).padStart(2, "0")}-10T10:00:00Z`,
  })),
  {
    network: "asiakaspalveluverkosto",
    user: staff(7),
    status: MembershipStatus.LEFT,
    joinedAt: "2024-09-01T10:00:00Z",
    leftAt: "2026-05-20T10:00:00Z",
  },
  {
    network: "asiakaspalveluverkosto",
    user: staff(13),
    status: MembershipStatus.PENDING,
    requestedDaysAgo: 3,
    message: "Aloitin asiakaspalvelussa syksyllä ja haluaisin oppia muilta.",
  },
  {
    network: "asiakaspalveluverkosto",
    user: staff(15),
    status: MembershipStatus.PENDING,
    requestedDaysAgo: 20,
    message: "Pienessä kirjastossa asiakaspalvelu on kaikkien työtä – mukaan!",
  },
  // Digitukiverkosto.
  ...[1, 3, 6, 10, 11, 14].map((i, n) => ({
    network: "digitukiverkosto",
    user: staff(i),
    status: MembershipStatus.ACTIVE,
    joinedAt: `2025-${String(3 + n).padStart(2, "0")}-15T10:00:00Z`,
  })),
  {
    network: "digitukiverkosto",
    user: staff(8),
    status: MembershipStatus.PENDING,
    requestedDaysAgo: 5,
    message: "Vastaan digiopastuksesta Akaassa.",
  },
  // Omatoimikirjastoverkosto.
  ...[2, 5, 11, 13].map((i, n) => ({
    network: "omatoimikirjastoverkosto",
    user: staff(i),
    status: MembershipStatus.ACTIVE,
    joinedAt: `2026-0${1 + n}-12T10:00:00Z`,
  })),
  {
    network: "omatoimikirjastoverkosto",
    user: staff(9),
    status: MembershipStatus.LEFT,
    joinedAt: "2025-03-01T10:00:00Z",
    leftAt: "2026-02-14T10:00:00Z",
  },
  // Lasten ja nuorten verkosto.
  ...[0, 4, 7, 12, 15].map((i, n) => ({
    network: "lasten-ja-nuorten-verkosto",
    user: staff(i),
    status: MembershipStatus.ACTIVE,
    joinedAt: `2025-${String(8 + n).padStart(2, "0")}-05T10:00:00Z`,
  })),
  {
    network: "lasten-ja-nuorten-verkosto",
    user: staff(6),
    status: MembershipStatus.PENDING,
    requestedDaysAgo: 1,
    message: "Sanataide kiinnostaa!",
  },
];

/** The earlier versions of each playbook: a first draft and a revision; the third is the current text. */
function earlierVersions(current: string): string[] {
  const sections = current.split("\n\n## ");
  const draft = sections.slice(0, 2).join("\n\n## ");
  const second = sections.slice(0, Math.max(2, sections.length - 1)).join("\n\n## ");
  return [draft, second].filter((text, i, all) => text !== current && all.indexOf(text) === i);
}

const VERSION_DATES = ["2025-09-01T09:30:00Z", "2026-02-10T13:15:00Z", "2026-09-15T10:45:00Z"];

export async function seedNetworkMembers({ db, log, refs }: SeedContext): Promise<void> {
  const people = await Promise.all(
    NETWORK_STAFF.map((person) => {
      const data = {
        name: person.name,
        roles: [Role.STAFF],
        libraryId: ref(refs.libraries, person.library),
        title: "Kirjastovirkailija",
        isDemo: false,
        emailVerified: new Date("2025-01-01T00:00:00Z"),
        profileCompletedAt: new Date("2025-01-01T00:00:00Z"),
      };
      return db.user.upsert({
        where: { email: person.email },
        create: { email: person.email, ...data },
        update: data,
        select: { id: true, email: true },
      });
    }),
  );
  for (const person of people) refs.users.set(person.email, person.id);

  const now = Date.now();
  await Promise.all(
    MEMBERSHIPS.map((m) => {
      const networkId = ref(refs.networks, m.network);
      const userId = ref(refs.users, m.user);
      const requestedAt =
        m.requestedDaysAgo === undefined ? null : new Date(now - m.requestedDaysAgo * 24 * 60 * 60 * 1000);
      const data = {
        role: MembershipRole.MEMBER,
        status: m.status,
        joinedAt: m.joinedAt ? new Date(m.joinedAt) : null,
        leftAt: m.leftAt ? new Date(m.leftAt) : null,
        requestedAt,
        message: m.message ?? null,
        reminderSentAt: null,
      };
      return db.networkMembership.upsert({
        where: { networkId_userId: { networkId, userId } },
        create: { networkId, userId, ...data },
        update: data,
        select: { networkId: true },
      });
    }),
  );

  // The playbooks' history, written as their chairs and the coordinator saved it.
  let revisions = 0;
  for (const network of NETWORKS) {
    const networkId = ref(refs.networks, network.slug);
    if ((await db.playbookRevision.count({ where: { networkId } })) > 0) continue;
    const versions = [...earlierVersions(network.playbook), network.playbook];
    const authors = [ref(refs.users, PEOPLE.juli), ref(refs.users, network.chair), ref(refs.users, network.chair)];
    await db.playbookRevision.createMany({
      data: versions.map((playbook, i) => ({
        networkId,
        playbook,
        authorId: authors[i] ?? authors[0]!,
        createdAt: new Date(VERSION_DATES[VERSION_DATES.length - versions.length + i]!),
      })),
    });
    revisions += versions.length;
  }
  // The chairs' announcements (no mails: they went out when they were sent).
  let announcements = 0;
  for (const network of NETWORKS) {
    const networkId = ref(refs.networks, network.slug);
    const own = ANNOUNCEMENTS.filter((a) => a.network === network.slug);
    if (own.length === 0 || (await db.networkAnnouncement.count({ where: { networkId } })) > 0) continue;
    await db.networkAnnouncement.createMany({
      data: own.map((a) => ({
        networkId,
        authorId: ref(refs.users, network.chair),
        title: a.title,
        body: a.body,
        createdAt: new Date(a.sentAt),
      })),
    });
    announcements += own.length;
  }
  log(
    `Verkostojen jäsenet: ${people.length} henkilöä, ${MEMBERSHIPS.length} jäsenyyttä, ${revisions} pelikirjaversiota, ${announcements} tiedotetta`,
  );
}
