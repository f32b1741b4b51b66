// The privacy notice (tietosuojaseloste, GDPR articles 13 and 14) and the
// links to it. The retention periods say what the code keeps: change them
// together (lib/auth/config.ts, lib/auth/magic-link.ts, lib/jobs/worker.ts).
const fi = {
  "privacy.link": "Tietosuojaseloste",
  "privacy.signInNote": "Kirjautuessasi käsittelemme sähköpostiosoitettasi. Lue lisää:",
  "privacy.title": "Tietosuojaseloste",
  "privacy.lead":
    "Tässä selosteessa kerrotaan, mitä henkilötietoja PiKe-portaali käsittelee, miksi ja kuinka kauan, sekä miten voit käyttää oikeuksiasi. Seloste perustuu EU:n yleisen tietosuoja-asetuksen (2016/679) artikloihin 13 ja 14.",
  "privacy.updated": "Päivitetty 4.12.2026.",
  "privacy.controllerTitle": "Rekisterinpitäjä",
  "privacy.controller":
    "PiKe-portaalia ylläpitää PiKe, Pirkanmaan ja Keski-Suomen alueellinen kehittämiskirjasto. Rekisterinpitäjä on:",
  "privacy.controllerAddress": "Yhteystiedot",
  "privacy.controllerEmail": "Tietosuoja-asiat",
  "privacy.purposesTitle": "Käsittelyn tarkoitukset ja oikeusperuste",
  "privacy.purposes":
    "Käsittelemme tietoja alueellisen kehittämistehtävän hoitamiseksi: yleisten kirjastojen henkilöstön koulutusten ja niihin ilmoittautumisten hallintaan, ohjausryhmän kokousten valmisteluun ja muistioihin, PiKe-boksien, verkostojen ja työn varjostuksen järjestämiseen, osallistumisen ja alueellisen yhdenvertaisuuden seurantaan sekä palvelun tietoturvaan (kirjautuminen, väärinkäytösten esto ja muutosloki).",
  "privacy.basis":
    "Oikeusperuste on yleisen edun mukaisen tehtävän hoitaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta): kehittämiskirjaston tehtävä perustuu yleisistä kirjastoista annettuun lakiin (1492/2016). Tietoturvaan liittyvä käsittely perustuu lisäksi rekisterinpitäjän velvollisuuteen huolehtia käsittelyn turvallisuudesta (32 artikla).",
  "privacy.dataTitle": "Mitä tietoja käsittelemme",
  "privacy.dataLead": "Tiedot riippuvat roolistasi palvelussa. Jokaisesta kirjautuneesta käyttäjästä käsittelemme:",
  "privacy.data.everyone":
    "nimen, sähköpostiosoitteen, kirjaston, nimikkeen, roolit ja kielivalinnan; kirjautumisistunnot ja kertakäyttöiset kirjautumislinkit; kalenterisyötteen salaisen osoitteen, jos olet luonut sellaisen; sekä muutoslokin merkinnät tekemistäsi muutoksista.",
  "privacy.data.staffTitle": "Henkilökunta",
  "privacy.data.staff":
    "ilmoittautumiset ja jonotuspaikat, läsnäolo koulutuksissa, antamasi koulutuspalaute, kiinnostuksen ilmaukset, aspa-ajokortin osioiden suoritukset, verkostojen jäsenyydet ja työn varjostuksen hakemukset.",
  "privacy.data.supervisorTitle": "Esihenkilöt",
  "privacy.data.supervisor":
    "edellisten lisäksi tekemäsi koulutustilaukset ja PiKe-boksien varaukset. Esihenkilönä näet oman kirjastosi henkilökunnan osallistumisen.",
  "privacy.data.steeringTitle": "Ohjausryhmän jäsenet",
  "privacy.data.steering":
    "edellisten lisäksi kokouskutsut ja läsnäolo kokouksissa, kirjaamasi kirjaston kuulumiset, vastuullesi kirjatut toimenpiteet ja niiden kuittaukset sekä vastauksesi ajankohtakyselyihin.",
  "privacy.data.coordinatorTitle": "Kehittämiskirjaston työntekijät ja ylläpitäjät",
  "privacy.data.coordinator":
    "edellisten lisäksi laatimasi sisältö tekijätietoineen (kokoukset, asialistat ja materiaalit, muistioiden versiot, koulutukset) ja PiKe-boksien luovutuskirjaukset. Ylläpitäjien tekemät muutokset käyttäjiin ja rooleihin kirjataan muutoslokiin.",
  "privacy.sourcesTitle": "Mistä tiedot saadaan",
  "privacy.sources":
    "Saamme tiedot sinulta itseltäsi. Kirjastosi päätellään sähköpostiosoitteesi verkkotunnuksesta ensimmäisellä kirjautumisella, ja kehittämiskirjaston työntekijät kirjaavat roolit, kokouskutsut ja läsnäolot.",
  "privacy.visibilityTitle": "Kuka tietojasi näkee",
  "privacy.visibility":
    "Muut käyttäjät näkevät sinusta vain nimesi ja kirjastosi, esimerkiksi osallistujaluetteloissa ja verkostojen puheenjohtajina. Sähköpostiosoitteesi näkevät vain kehittämiskirjaston työntekijät osallistujaluetteloissa ja niistä tehdyissä taulukkovienneissä.",
  "privacy.recipientsTitle": "Vastaanottajat ja siirrot",
  "privacy.recipients":
    "Tietoja ei luovuteta säännönmukaisesti muille. Palvelun sähköpostit (kirjautumislinkit, ilmoittautumisvahvistukset, kokouskutsut ja muutosilmoitukset) välitetään rekisterinpitäjän sähköpostipalvelun kautta. Palvelimia ja sähköpostipalvelua ylläpitävät toimittajat käsittelevät tietoja vain rekisterinpitäjän lukuun. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
  "privacy.retentionTitle": "Kuinka kauan tietoja säilytetään",
  "privacy.retention.session":
    "Kirjautumisistunto päättyy, kun kirjaudut ulos, tai 30 päivän kuluttua viimeisestä käyttökerrasta.",
  "privacy.retention.link":
    "Kirjautumislinkki on voimassa 10 minuuttia ja poistetaan, kun sitä käytetään. Käyttämättä vanhentuneet linkit jäävät tietokantaan, kunnes ylläpito poistaa ne.",
  "privacy.retention.rateLimit":
    "Kirjautumisyritysten laskurit (sähköpostiosoite ja IP-osoite) koskevat 15 minuutin jaksoa; päättyneiden jaksojen laskurit poistetaan ajoittain.",
  "privacy.retention.outbox":
    "Lähtevien sähköpostien jonosta poistetaan lähetetyt 30 päivän ja epäonnistuneet 90 päivän kuluttua.",
  "privacy.retention.audit":
    "Muutoslokia säilytetään palvelun käytön ajan, eikä sitä poisteta automaattisesti. Merkinnöissä voi olla muutettujen tietojen nimiä ja osoitteita.",
  "privacy.retention.account":
    "Käyttäjätili ja osallistumistiedot säilytetään niin kauan kuin käytät palvelua jäsenkirjaston työntekijänä. Automaattista poistoa ei vielä ole: tiedot poistetaan pyynnöstä. Kun tili poistetaan, sen omat merkinnät (ilmoittautumiset, läsnäolot, vastaukset, jäsenyydet ja hakemukset) poistuvat, ja laatimasi sisältö, kuten muistiot, jää ilman tekijän nimeä.",
  "privacy.cookiesTitle": "Evästeet",
  "privacy.cookies":
    "Palvelu käyttää vain välttämättömiä evästeitä: kirjautumisistunnon evästettä (30 päivää), kirjautumisen aikaisia suojausevästeitä (selaimen sulkemiseen asti) ja kielivalinnan evästettä (1 vuosi). Seuranta- tai mainosevästeitä ei käytetä.",
  "privacy.automatedTitle": "Automaattiset päätökset",
  "privacy.automated":
    "Palvelussa ei tehdä automaattisia päätöksiä eikä profilointia. Vapautunut koulutuspaikka siirtyy jonotuslistalta ilmoittautumisjärjestyksessä.",
  "privacy.rightsTitle": "Oikeutesi",
  "privacy.rightsLead": "Sinulla on oikeus",
  "privacy.rights.access":
    "saada pääsy tietoihisi (15 artikla): perustietosi näet Omat tiedot -sivulta, ja kaikki tietosi saat pyytämällä,",
  "privacy.rights.rectification": "vaatia virheellisten tietojen oikaisemista (16 artikla),",
  "privacy.rights.erasure":
    "vaatia tietojesi poistamista (17 artikla), ellei niitä tarvita lakisääteisen tehtävän hoitamiseen,",
  "privacy.rights.restriction": "vaatia käsittelyn rajoittamista (18 artikla),",
  "privacy.rights.objection": "vastustaa tietojesi käsittelyä erityisen tilanteesi perusteella (21 artikla) ja",
  "privacy.rights.complaint":
    "tehdä valitus valvontaviranomaiselle, tietosuojavaltuutetun toimistolle (tietosuoja.fi), jos katsot, että tietojesi käsittely rikkoo tietosuojalainsäädäntöä.",
  "privacy.rights.portability":
    "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla) ei koske yleisen edun mukaisen tehtävän hoitamista.",
  "privacy.howTitle": "Näin käytät oikeuksiasi",
  "privacy.how":
    "Lähetä pyyntö sähköpostilla rekisterinpitäjän tietosuojayhteyshenkilölle (osoite alla). Vastaamme työsähköpostiosoitteeseesi, jotta henkilöllisyytesi varmistuu. Vastaamme viimeistään kuukauden kuluessa pyynnön saapumisesta (12 artikla).",
} as const;

const en: Record<keyof typeof fi, string> = {
  "privacy.link": "Privacy notice",
  "privacy.signInNote": "When you sign in, we process your e-mail address. Read more:",
  "privacy.title": "Privacy notice",
  "privacy.lead":
    "This notice tells you what personal data PiKe-portaali processes, why and for how long, and how you can use your rights. It follows Articles 13 and 14 of the EU General Data Protection Regulation (2016/679).",
  "privacy.updated": "Updated 4 December 2026.",
  "privacy.controllerTitle": "Controller",
  "privacy.controller":
    "PiKe-portaali is run by PiKe, the regional development library of Pirkanmaa and Central Finland. The controller is:",
  "privacy.controllerAddress": "Contact",
  "privacy.controllerEmail": "Data protection",
  "privacy.purposesTitle": "Purposes and legal basis",
  "privacy.purposes":
    "We process data to carry out the regional development task: to run the trainings of public-library staff and the enrolments in them, to prepare the steering group's meetings and minutes, to organise PiKe boxes, networks and job shadowing, to follow participation and regional equality, and to keep the service secure (sign-in, preventing misuse and the audit trail).",
  "privacy.basis":
    "The legal basis is a task carried out in the public interest (Article 6(1)(e) GDPR): the development library's task is laid down in the Public Libraries Act (1492/2016). Processing for security also rests on the controller's duty to keep processing secure (Article 32).",
  "privacy.dataTitle": "What data we process",
  "privacy.dataLead": "The data depends on your role in the service. For every signed-in user we process:",
  "privacy.data.everyone":
    "name, e-mail address, library, job title, roles and language; sign-in sessions and one-time sign-in links; the secret address of your calendar feed if you created one; and audit-trail entries of the changes you make.",
  "privacy.data.staffTitle": "Staff",
  "privacy.data.staff":
    "enrolments and waitlist places, attendance at trainings, the training feedback you give, expressions of interest, completed parts of the customer-service licence, network memberships and job-shadowing applications.",
  "privacy.data.supervisorTitle": "Supervisors",
  "privacy.data.supervisor":
    "in addition, the trainings you order and the PiKe boxes you reserve. As a supervisor you see the participation of your own library's staff.",
  "privacy.data.steeringTitle": "Steering-group members",
  "privacy.data.steering":
    "in addition, meeting invitations and attendance, the library news you enter, the action items assigned to you and their reviews, and your answers to scheduling polls.",
  "privacy.data.coordinatorTitle": "Development-library staff and administrators",
  "privacy.data.coordinator":
    "in addition, the content you write, with its authorship (meetings, agendas and materials, minutes revisions, trainings), and PiKe box handover records. Administrators' changes to users and roles are kept in the audit trail.",
  "privacy.sourcesTitle": "Where the data comes from",
  "privacy.sources":
    "We get the data from you. Your library is derived from your e-mail address's domain at your first sign-in, and the development library's staff record roles, meeting invitations and attendance.",
  "privacy.visibilityTitle": "Who sees your data",
  "privacy.visibility":
    "Other users see only your name and library, for example in participant lists and as a network's chair. Your e-mail address is seen only by the development library's staff, in participant lists and their spreadsheet exports.",
  "privacy.recipientsTitle": "Recipients and transfers",
  "privacy.recipients":
    "Data is not regularly disclosed to anyone else. The service's e-mails (sign-in links, enrolment confirmations, meeting invitations and change notices) go through the controller's e-mail service. The providers who run the servers and the e-mail service process data only on the controller's behalf. Data is not transferred outside the EU or EEA.",
  "privacy.retentionTitle": "How long data is kept",
  "privacy.retention.session": "A sign-in session ends when you sign out, or 30 days after you last used it.",
  "privacy.retention.link":
    "A sign-in link is valid for 10 minutes and is deleted when used. Links that expire unused stay in the database until the administrators remove them.",
  "privacy.retention.rateLimit":
    "Counters of sign-in attempts (e-mail address and IP address) cover a 15-minute window; counters of past windows are deleted from time to time.",
  "privacy.retention.outbox":
    "The queue of outgoing e-mail deletes sent messages after 30 days and failed ones after 90 days.",
  "privacy.retention.audit":
    "The audit trail is kept while the service is in use and is not deleted automatically. Its entries may contain names and addresses from the data that was changed.",
  "privacy.retention.account":
    "Your account and participation data are kept while you use the service as a member library's employee. There is no automatic deletion yet: data is deleted on request. When an account is deleted, its own records (enrolments, attendance, answers, memberships and applications) go with it, and content you wrote, such as minutes, remains without the author's name.",
  "privacy.cookiesTitle": "Cookies",
  "privacy.cookies":
    "The service uses only necessary cookies: the sign-in session cookie (30 days), security cookies used while signing in (until the browser is closed) and the language cookie (1 year). No tracking or advertising cookies are used.",
  "privacy.automatedTitle": "Automated decisions",
  "privacy.automated":
    "The service makes no automated decisions and no profiling. A freed training seat passes from the waitlist in the order of enrolment.",
  "privacy.rightsTitle": "Your rights",
  "privacy.rightsLead": "You have the right",
  "privacy.rights.access":
    "of access to your data (Article 15): your basic data is on the My data page, and you get all of it on request,",
  "privacy.rights.rectification": "to have inaccurate data rectified (Article 16),",
  "privacy.rights.erasure": "to have your data erased (Article 17) unless it is needed for the statutory task,",
  "privacy.rights.restriction": "to have processing restricted (Article 18),",
  "privacy.rights.objection":
    "to object to processing on grounds relating to your particular situation (Article 21), and",
  "privacy.rights.complaint":
    "to lodge a complaint with the supervisory authority, the Office of the Data Protection Ombudsman (tietosuoja.fi), if you consider that the processing of your data breaches data-protection law.",
  "privacy.rights.portability":
    "The right to data portability (Article 20) does not apply to a task carried out in the public interest.",
  "privacy.howTitle": "How to use your rights",
  "privacy.how":
    "Send your request by e-mail to the controller's data-protection contact (address below). We answer to your work e-mail address, which confirms who you are. We answer within one month of receiving the request (Article 12).",
};

export default { fi, en };
