import { expect, test, visit } from "./fixtures";

test.describe("public content", () => {
  test("the training menu lists the seeded offerings and filters by theme", async ({ page }) => {
    await visit(page, "/koulutukset");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/Aspa-ajokortti/i).first()).toBeVisible();
    await expect(page.getByText(/Kulttuurihyvinvointi/i).first()).toBeVisible();

    await page.getByRole("link", { name: "Aspa-ajokortti", exact: true }).click();
    await expect(page).toHaveURL(/\/koulutukset\/aspa-ajokortti$/);
    await visit(page, page.url());
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Aspa-ajokortti/i);
    await expect(page.getByText(/Asiakaskohtaaminen/).first()).toBeVisible();

    // Filters live in the URL, so a filtered menu can be shared.
    await visit(page, "/koulutukset?teema=digiosaaminen");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Digiopastuksen rohkeus -työpaja" }).first()).toBeVisible();
    await expect(main.getByRole("link", { name: "Kulttuurihyvinvointityöpaja" })).toHaveCount(0);

    // Remote sessions in January 2027 only: the webinar is there, Muurame's on-site workshop is not.
    await visit(page, "/koulutukset?kuukausi=2027-01&paikka=etana");
    await expect(page.getByLabel("Kuukausi")).toHaveValue("2027-01");
    await expect(page.getByLabel("Paikka")).toHaveValue("etana");
    await expect(main.getByRole("link", { name: "Digituen rajat – webinaari" }).first()).toBeVisible();
    await expect(main.getByText("Paikka: Muuramen kirjasto")).toHaveCount(0);
    await expect(main.getByRole("link", { name: "Aspa-ajokortti", exact: true })).toHaveCount(0);
  });

  test("the library directory shows Jyväskylä's service points and their situation", async ({ page }) => {
    await visit(page, "/kirjastot");
    await expect(page.getByRole("heading", { name: "Pirkanmaa" })).toBeVisible();
    await page
      .getByRole("link", { name: /Jyväskylä/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/kirjastot\/jyvaskyla$/);
    await visit(page, page.url());
    for (const name of ["Halssila", "Vesanka", "Lohikoski", "Martti", "Vaajakoski", "Säynätsalo", "Keljonkangas"]) {
      await expect(page.getByText(name).first()).toBeVisible();
    }
    await expect(page.getByText(/Arvioitavana/).first()).toBeVisible();
  });

  test("PiKe boxes, networks and job shadowing have their content", async ({ page }) => {
    await visit(page, "/pike-boksit");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("PiKe-boksit");
    await page.getByRole("link", { name: "Digiboksi: VR-lasit" }).click();
    await expect(page).toHaveURL(/\/pike-boksit\/digiboksi-vr-lasit$/);
    await visit(page, page.url());
    await expect(page.getByRole("heading", { name: "Sisältölista" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "VR-lasit ohjaimineen" })).toBeVisible();

    await visit(page, "/verkostot");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/verkostot/i);
    await page.getByRole("link", { name: "Asiakaspalveluverkosto", exact: true }).click();
    await expect(page).toHaveURL(/\/verkostot\/asiakaspalveluverkosto$/);
    await visit(page, page.url());
    await expect(page.getByRole("heading", { name: /Pelikirja/ })).toBeVisible();
    await expect(page.getByText(/Puheenjohtaja/).first()).toBeVisible();

    await visit(page, "/tyon-varjostus");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Työn varjostus/);
    await expect(page.getByText(/Vastaanottava kirjasto/).first()).toBeVisible();
  });

  test("the front page shows the PiKe vision", async ({ page }) => {
    await visit(page, "/");
    await expect(page.getByText(/Olemme tulevaisuuden kirjasto/)).toBeVisible();
  });
});
