// Competence themes (osaamisen kehittämisen teemat) of the training menu.
import type { SeedContext } from "./context";

export interface ThemeSeed {
  slug: string;
  nameFi: string;
  nameEn: string;
  description: string;
}

export const THEMES: ThemeSeed[] = [
  {
    slug: "asiakaspalvelu",
    nameFi: "Asiakaspalvelu",
    nameEn: "Customer service",
    description:
      "Arvostava kohtaaminen, asiakaspalvelun asenne, haastavat tilanteet ja oman työn rajaaminen. Aspa-ajokortti kuuluu tähän teemaan.",
  },
  {
    slug: "digiosaaminen",
    nameFi: "Digiosaaminen",
    nameEn: "Digital skills",
    description:
      "Digiopastus ja digituki: rohkeus ja itseluottamus palvella asiakas loppuun asti, laitteet ja palvelut, PiKe-boksit.",
  },
  {
    slug: "kulttuurihyvinvointi",
    nameFi: "Kulttuurihyvinvointi",
    nameEn: "Cultural wellbeing",
    description:
      "Kulttuurin ja taiteen keinot hyvinvoinnin tukena kirjastoissa, esimerkiksi seniori-ikäisten palveluissa.",
  },
  {
    slug: "johtaminen",
    nameFi: "Johtaminen",
    nameEn: "Leadership",
    description:
      "Johtajien ja esihenkilöiden osaaminen: tiimiorganisaatio, muutoksen johtaminen, mentorointi ja henkilöstön jaksaminen.",
  },
  {
    slug: "omatoimikirjastot",
    nameFi: "Omatoimikirjastot",
    nameEn: "Self-service libraries",
    description: "Omatoimiaukiolot ja omatoimikirjastojen käytännöt, käyttösäännöt ja turvallisuus.",
  },
  {
    slug: "lukemisen-edistaminen",
    nameFi: "Lukemisen edistäminen",
    nameEn: "Reading promotion",
    description: "Lukemisen ja sanataiteen edistäminen, kirjailijavierailut sekä lasten ja nuorten kirjastotyö.",
  },
];

export async function seedThemes({ db, log, refs }: SeedContext): Promise<void> {
  const themes = await Promise.all(
    THEMES.map((theme, sortOrder) => {
      const data = { ...theme, sortOrder };
      return db.theme.upsert({
        where: { slug: theme.slug },
        create: data,
        update: data,
        select: { id: true, slug: true },
      });
    }),
  );
  for (const theme of themes) refs.themes.set(theme.slug, theme.id);
  log(`Teemat: ${themes.length}`);
}
