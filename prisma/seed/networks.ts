// PiKe networks (PiKe-verkostot): thematic staff networks, each with a chair
// through whom new employees join, and a playbook (pelikirja).
import { MembershipRole, MembershipStatus } from "@/lib/db/enums";
import { ref, type SeedContext } from "./context";
import { PEOPLE } from "./users";

export interface NetworkSeed {
  slug: string;
  name: string;
  description: string;
  playbook: string;
  chair: string;
  members: string[];
}

function playbook(parts: { purpose: string; meetings: string; join: string; tasks: string[] }): string {
  return [
    "## Tarkoitus",
    parts.purpose,
    "## Kokoontumiset",
    parts.meetings,
    "## Näin liityt mukaan",
    parts.join,
    "## Verkoston tehtävät",
    parts.tasks.map((task) => `- ${task}`).join("\n"),
    "## Roolit",
    "- **Puheenjohtaja** kutsuu koolle, hyväksyy uudet jäsenet ja pitää pelikirjan ajan tasalla.\n- **Jäsenet** tuovat oman kirjastonsa kokemukset ja vievät opitun takaisin työyhteisöönsä.\n- **Kehittämiskirjasto** tukee verkostoa koulutuksilla, viestinnällä ja kokoontumisten järjestelyillä.",
  ].join("\n\n");
}

const JOIN_VIA_CHAIR =
  "Uudet työntekijät pääsevät verkostoon mukaan puheenjohtajan kautta: lähetä liittymispyyntö portaalissa, niin puheenjohtaja hyväksyy sen. Verkoston esittäytymistilaisuus on hyvä paikka aloittaa.";

export const NETWORKS: NetworkSeed[] = [
  {
    slug: "asiakaspalveluverkosto",
    name: "Asiakaspalveluverkosto",
    description:
      "Pirkanmaan ja Keski-Suomen kirjastojen asiakaspalvelun kehittäjien verkosto. Jaetaan kokemuksia asiakaskohtaamisista, haastavista tilanteista ja asiakaspalvelun asenteesta.",
    playbook: playbook({
      purpose:
        "Verkosto tukee arvostavaa kohtaamista asiakaspalvelussa ja vahvistaa asiakaspalvelun yhteistä linjaa alueen kirjastoissa. Asiakkaiden käyttäytymisen muutos, kärsimättömyys ja valitusalttius ovat nousseet esiin kyselyissä – niistä puhutaan täällä yhdessä.",
      meetings:
        "Verkosto kokoontuu etänä (Teams) kerran kuukaudessa ja kerran lukukaudessa lähitapaamisena vuorotellen Tampereella ja Jyväskylässä.",
      join: JOIN_VIA_CHAIR,
      tasks: [
        "Aspa-ajokortin sisältöjen kommentointi ja suorittamiseen kannustaminen omassa kirjastossa",
        "Haastavien asiakastilanteiden käsittely ja purku",
        "Perehdytysmateriaalien jakaminen uusille työntekijöille",
      ],
    }),
    chair: PEOPLE.johanna,
    members: [PEOPLE.mervi, PEOPLE.niina, PEOPLE.valkeakoskiStaff],
  },
  {
    slug: "digitukiverkosto",
    name: "Digitukiverkosto",
    description:
      "Digiopastusta ja digitukea tekevien kirjastolaisten verkosto. Rohkeutta ja itseluottamusta palvella asiakas loppuun asti – ja oman työn rajaamista.",
    playbook: playbook({
      purpose:
        "Verkosto vahvistaa digiopastuksen rohkeutta ja yhteisiä käytäntöjä: mitä kirjasto digituessa tekee ja missä kulkee raja kunnan muiden toimijoiden kanssa.",
      meetings: "Etätapaaminen joka toinen kuukausi; PiKe-boksien uutuuksia testataan yhdessä lähitapaamisissa.",
      join: JOIN_VIA_CHAIR,
      tasks: [
        "Digituen työnjaon ja rajaamisen mallit",
        "PiKe-boksien laitteiden ja työpajarunkojen kehittäminen",
        "Vinkit digisyrjäytymisen ehkäisyyn",
      ],
    }),
    chair: PEOPLE.kaisa,
    members: [PEOPLE.laila, PEOPLE.jyvaskylaStaff],
  },
  {
    slug: "omatoimikirjastoverkosto",
    name: "Omatoimikirjastoverkosto",
    description:
      "Omatoimikirjastojen ja omatoimiaukiolojen kehittäjät. Käyttösäännöt, turvallisuus, tekniikka ja asiakasviestintä.",
    playbook: playbook({
      purpose:
        "Verkosto kokoaa yhteen kokemukset omatoimikirjastoista – esimerkiksi Keljonkankaan kirjasto toimi heinäkuussa 2023 kokonaan omatoimisena – ja tuottaa päättäjille valmista syötettä omatoimiasioinnista.",
      meetings:
        "Etätapaaminen neljästi vuodessa sekä tutustumiskäynnit omatoimikirjastoihin (esim. Kortepohja ja Säynätsalo).",
      join: JOIN_VIA_CHAIR,
      tasks: [
        "Omatoimikirjastojen käyttösääntöjen ja ohjeiden vertailu (PIKI ja Keski)",
        "Tutustumiskäyntien järjestäminen",
        "Asiakaskyselyjen mallit omatoimikirjastosta kiinnostuneille kunnille",
      ],
    }),
    chair: PEOPLE.jyvaskylaStaff,
    members: [PEOPLE.palokkaStaff, PEOPLE.muurameSteering],
  },
  {
    slug: "lasten-ja-nuorten-verkosto",
    name: "Lasten ja nuorten verkosto",
    description:
      "Lasten ja nuorten kirjastotyön verkosto: lukemisen edistäminen, sanataide, nuortenillat ja kulttuuriopetussuunnitelmat.",
    playbook: playbook({
      purpose:
        "Verkosto jakaa lukemisen edistämisen ja sanataiteen ideoita sekä kokemuksia kulttuuriopetussuunnitelmien kirjailijavierailuista ja nuortenilloista.",
      meetings: "Etätapaaminen kerran lukukaudessa ja yhteinen koulutuspäivä keväisin.",
      join: JOIN_VIA_CHAIR,
      tasks: [
        "Sanataidehankkeiden ja Sanataideboksin hyvien käytäntöjen jakaminen",
        "Kulttuuriopetussuunnitelmien kirjailijavierailujen koordinointi",
        "Nuortenillat ja kirjastomummit -tyyppisten toimintamallien levittäminen",
      ],
    }),
    chair: PEOPLE.valkeakoskiStaff,
    members: [PEOPLE.palokkaStaff],
  },
];

export async function seedNetworks({ db, log, refs }: SeedContext): Promise<void> {
  const networks = await Promise.all(
    NETWORKS.map((network, sortOrder) => {
      const data = {
        name: network.name,
        description: network.description,
        playbook: network.playbook,
        sortOrder,
      };
      return db.network.upsert({
        where: { slug: network.slug },
        create: { slug: network.slug, ...data },
        update: data,
        select: { id: true, slug: true },
      });
    }),
  );
  for (const network of networks) refs.networks.set(network.slug, network.id);

  const memberships = NETWORKS.flatMap((network) => [
    { network: network.slug, user: network.chair, role: MembershipRole.CHAIR },
    ...network.members.map((user) => ({
      network: network.slug,
      user,
      role: MembershipRole.MEMBER,
    })),
  ]);
  await Promise.all(
    memberships.map((membership) => {
      const networkId = ref(refs.networks, membership.network);
      const userId = ref(refs.users, membership.user);
      // Members since the network started in the portal.
      const data = {
        role: membership.role,
        status: MembershipStatus.ACTIVE,
        joinedAt: new Date("2024-08-15T10:00:00Z"),
      };
      return db.networkMembership.upsert({
        where: { networkId_userId: { networkId, userId } },
        create: { networkId, userId, ...data },
        update: data,
        select: { networkId: true },
      });
    }),
  );
  log(`Verkostot: ${networks.length}, jäsenyydet: ${memberships.length}`);
}
