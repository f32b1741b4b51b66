// Free-form pages of the network: the PiKe vision and "about PiKe".
import type { SeedContext } from "./context";

export interface PageSeed {
  slug: string;
  title: string;
  body: string;
}

export const PIKE_VISION =
  "Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää. Tuotamme iloa ja vaikuttavia kokemuksia. Opimme rohkeasti yhdessä. Uskomme arvostavan kohtaamisen voimaan.";

export const PAGES: PageSeed[] = [
  {
    slug: "visio",
    title: "PiKe-visio",
    body: [
      `> ${PIKE_VISION}`,
      "Visio kiteytyi syksyllä 2023 yhteisen visiotyön tuloksena, ja ohjausryhmä hyväksyi sen kokouksessaan 12.9.2023. Ohjausryhmän mielestä visio kiteyttää juuri sen mitä pitääkin. Myös henkilöstö on palautteen ja työskentelyn perusteella kaikille avoimilla visiokahveilla 1.9.2023 löytänyt itsensä visiosta.",
      "Arvostava kohtaaminen ja oppiminen liittyvät sekä työntekijöihin että asiakkaisiin. Usko arvopohjaa tukevaan työskentelyyn yksittäisissäkin kirjastoissa on lupaavaa.",
    ].join("\n\n"),
  },
  {
    slug: "tietoa",
    title: "Tietoa PiKestä",
    body: [
      "PiKe on Pirkanmaan ja Keski-Suomen alueellinen kehittämiskirjasto (AKE). Sen tehtävänä on kouluttaa ja verkottaa alueen yleisten kirjastojen henkilökuntaa sekä edistää alueellista yhdenvertaisuutta: jokaisen kunnan, pienenkin, henkilöstön tulee saada osansa osaamisen kehittämisestä.",
      "Kehittämiskirjastotehtävää hoitavat Tampereen ja Jyväskylän kaupunginkirjastot valtion rahoituksella. Alueen kirjastot jakavat kokoelmansa kimpoissa: Pirkanmaalla PIKI ja Keski-Suomessa Keski.",
      "## Mitä teemme",
      "- Kokoamme osaamisen kehittämisen tarjottimen: työpajat, koulutuspäivät, webinaarit ja aspa-ajokortin\n- Lainaamme kirjastoille PiKe-bokseja\n- Ylläpidämme PiKe-verkostoja ja työn varjostusta ja työelämävaihtoa\n- Keräämme palautetta ja kerromme toiminnan vaikuttavuudesta akepiken blogissa",
      "## Ohjausryhmä",
      "Toimintaa ohjaa jäsenkirjastojen edustajista koottu ohjausryhmä, joka kokoontuu useita kertoja vuodessa. Kokousten asialistat, materiaalit ja muistiot löytyvät portaalin Kokoukset-osiosta.",
    ].join("\n\n"),
  },
];

export async function seedPages({ db, log }: SeedContext): Promise<void> {
  await Promise.all(
    PAGES.map((page) =>
      db.page.upsert({
        where: { slug: page.slug },
        create: page,
        update: { title: page.title, body: page.body },
        select: { id: true },
      }),
    ),
  );
  log(`Sivut: ${PAGES.length}`);
}
