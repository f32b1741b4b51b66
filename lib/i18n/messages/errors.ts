// The error boundary's texts: a client component, so this small area is
// bundled for the browser on its own.
const fi = {
  "error.title": "Jokin meni vikaan",
  "error.body":
    "Sivua ei voitu näyttää. Yritä hetken kuluttua uudelleen. Jos vika toistuu, kerro siitä kehittämiskirjastolle.",
  "error.retry": "Yritä uudelleen",
  "error.reference": "Virhetunniste: {digest}",
  // The outage gate's page (lib/http/outage-page.ts): the database is away, every page waits for it.
  "unavailable.title": "Palvelu on tilapäisesti poissa käytöstä",
  "unavailable.body":
    "PiKe-portaali ei juuri nyt saa yhteyttä tietokantaansa. Mitään tallentamaasi ei ole kadonnut. Yritä hetken kuluttua uudelleen.",
  "unavailable.retry": "Lataa sivu uudelleen",
} as const;

const en: Record<keyof typeof fi, string> = {
  "error.title": "Something went wrong",
  "error.body":
    "The page could not be shown. Please try again shortly. If it keeps happening, tell the development library.",
  "error.retry": "Try again",
  "error.reference": "Error reference: {digest}",
  "unavailable.title": "The service is temporarily unavailable",
  "unavailable.body":
    "PiKe-portaali cannot reach its database right now. Nothing you have saved is lost. Please try again in a moment.",
  "unavailable.retry": "Reload the page",
};

export default { fi, en };
