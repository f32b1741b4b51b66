// Pages only for the signed-in, as patterns of their unprefixed URLs
// (path-to-regexp, as next.config.ts takes them). A visitor without a session
// cookie is sent to sign in before the page renders — a real 307 — and comes
// back to the same address. The page itself still checks the session (an
// expired cookie passes this test); see ADR 17. tests/unit/members-only.test.ts
// checks that every pattern names pages that exist and that every page which
// sends the signed-out to sign in is here. Not here: /tilaukset/uusi, whose
// own redirect keeps its ?koulutus= in the return address.
export const MEMBERS_ONLY_PAGES = [
  "/omat-koulutukset",
  "/omat-koulutukset/palaute/:enrolment",
  "/omat-tiedot",
  "/omat-tiedot/:page(kaikki-tiedot|poisto)",
  "/kayttajat/poistopyynnot",
  "/tilaukset",
  "/tilaukset/:order((?!uusi$)[^/]+)",
  "/kokoukset/uusi",
  "/kokoukset/kyselyt",
  "/kokoukset/kyselyt/:poll",
  "/kokoukset/:id/:page(muokkaa|kuulumiset|materiaalit)",
  "/kokoukset/:id/muokkaa/poista",
  "/kokoukset/:id/materiaalit/:material/poista",
  "/koulutukset/hallinta",
  "/koulutukset/:slug/:page(eteneminen|ilmoittautuminen)",
  "/koulutukset/hallinta/teemat",
  "/koulutukset/hallinta/teemat/:id",
  "/koulutukset/hallinta/tarjottimet/:id",
  "/koulutukset/hallinta/tarjottimet/:id/uusi-koulutus",
  "/koulutukset/hallinta/koulutukset/:id",
  "/koulutukset/hallinta/koulutukset/:id/uusi-tilaisuus",
  "/koulutukset/hallinta/tilaisuudet/:id",
  "/koulutukset/hallinta/tilaisuudet/:id/peru",
  "/koulutukset/hallinta/ohjelmat/:id/eteneminen",
  "/koulutukset/hallinta/ohjelmat/:id/eteneminen/muistutus",
  "/kayttajat",
  "/kayttajat/:id",
  "/henkilokunta",
  "/kirjastot/uusi",
  "/kirjastot/:slug/muokkaa",
  "/kirjastot/:slug/toimipisteet/:id",
  "/pike-boksit/uusi",
  "/pike-boksit/:slug/muokkaa",
  "/pike-boksit/:page(varaa|varaukset|kaytto)",
  "/pike-boksit/palaute/:reservation",
  "/pike-boksit/varaukset/:id",
  "/pike-boksit/:slug/huolto",
  "/koulutukset/hallinta/ohjelmat/:id/osallistujat/:participation",
  "/verkostot/tilanne",
  "/verkostot/uusi",
  "/tyon-varjostus/kierrokset",
  "/tyon-varjostus/kierrokset/uusi",
  "/tyon-varjostus/kierrokset/:id",
  "/tyon-varjostus/paikat/uusi",
  "/tyon-varjostus/hakemukset/:id",
  "/tyon-varjostus/raportit",
  "/tyon-varjostus/omat",
  "/verkostot/:slug/hallinta",
  "/verkostot/:slug/tapahtumat/uusi",
  "/verkostot/:slug/tiedotteet/uusi",
  "/verkostot/:slug/muokkaa",
  "/raportit",
  "/raportit/palaute",
  "/raportit/vuosi/:year",
] as const;

/** The address to come back to after signing in: the pattern without its parameters' regular expressions. */
export function returnAddressOf(pattern: string): string {
  return pattern.replace(/(:\w+)\((?:[^()]|\([^()]*\))*\)/g, "$1");
}
