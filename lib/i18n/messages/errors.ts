// The error boundary's texts: a client component, so this small area is
// bundled for the browser on its own.
const fi = {
  "error.title": "Jokin meni vikaan",
  "error.body":
    "Sivua ei voitu näyttää. Yritä hetken kuluttua uudelleen. Jos vika toistuu, kerro siitä kehittämiskirjastolle.",
  "error.retry": "Yritä uudelleen",
  "error.reference": "Virhetunniste: {digest}",
} as const;

const en: Record<keyof typeof fi, string> = {
  "error.title": "Something went wrong",
  "error.body":
    "The page could not be shown. Please try again shortly. If it keeps happening, tell the development library.",
  "error.retry": "Try again",
  "error.reference": "Error reference: {digest}",
};

export default { fi, en };
