// The minutes of the PiKe steering group's autumn 2023 meeting, verbatim
// (typos included) from the source document, item by item. The news round is
// also split into each library's budget / staffing / projects / events.
// Paragraphs are separated by blank lines (Markdown).

function paragraphs(...texts: string[]): string {
  return texts.join("\n\n");
}

export const JAMBOARD_URL =
  "https://jamboard.google.com/d/108f3wSW1NCcm6FuZrOfoj7sLaPcD6ZaRHwGTKi5CWlg/edit?usp=sharing";

export const MATERIALS_URL = "https://drive.google.com/file/d/1J4Exvh6uE2dPV2i3r7Y_FwaWkBRuYfBn/view?usp=sharing";

/** Minutes text per agenda item of the source, in order. */
export const MINUTES_BY_ITEM = {
  opening:
    "Asialista ja materiaalit: https://drive.google.com/file/d/1J4Exvh6uE2dPV2i3r7Y_FwaWkBRuYfBn/view?usp=sharing",
  newsRound: paragraphs(
    "Kuulumiskierros jamien kautta: https://jamboard.google.com/d/108f3wSW1NCcm6FuZrOfoj7sLaPcD6ZaRHwGTKi5CWlg/edit?usp=sharing",
    "Syksyyn suunnitteilla Tampereella asiakaspalvelun kehittämishanke, joka pyrkii onnellisempiin asiakkaisiin ja asiakaspalveluihin. Sisältää mm. parempaa perehdytystä ja aspa-asennetta. AKE-linkki on olemassa, mutta fasilitointi 200 henkilölle tässä kontekstissa olisi hankalaa. Tiimityöskentely Tampereella alkanut, Johanna vetää asiakaskokemustiimia. Aspa-työryhmä limittyy hankkeeseen. PIKI-käyttösäännöt on päivitetty mm. henkilöllisyystodistusten, omatoimikirjastojen ja lainarajoitusten osalta. Rekryjä vähemmän.",
    "Jyväskylässä neljä toimipistettä leikkausuhan alla, 400\u00a0000 euroa yhteensä säästön alla: Halssila, Vesanka, Lohikoski ja auto Martti. Palautetta tulee nyt paljon – ihmiset jaksavat edelleen puolustaa lähikirjastoja! Talousarvioesitys kaupunginjohtajalta tulossa. Veroprosenttipäätös tulee olemaan oleellinen palvelujen ylläpidon kannalta. Valtionosuuksien putoamiset ilman nostettua veroprosenttia ovat nyt ikään kuin käytännön valaisukierroksella siitä, mitä tulee tarkoittamaan käytännössä. Vaajakoski ja Säynätsalo valmiit ja ihanat kirjastot, tervetuloa tutustumaan. Visiotyön jatkoa mietitään ensi viikolla Keskissä ja Jyväskylässä. Keljonkangas oli kokonaan omatoimella heinäkuun. Järjestelmäpuolella Aurora Goldilla on ollut kriittisiä virheitä, Axiellin vastuuvyörytys vahvaa, käytännössä Goldin rinnalla Silveriä ollut tarpeen käyttää edelleen työn niin vaatiessa. Pääkirjasto on nyt peruskorjausiässä ja talon tulevaisuus tulee päätettäväksi, hankkeet etenevät kuitenkin hitaasti. Nyt on käynnistetty toiminnallisen tuottavuushyödyn tarkastelu siitä, jos museo, kirjasto ja muita toimijoita toimisi samassa tilassa. Matkustuskielto nyt kattava Jyväskylässä, etänä ja Jyväskylässä paikan päällä pystytään osallistumaan koulutuksiin ja tapaamisiin syksyn aikana, poikkeuksia erittäin tiukalla harkinnalla. Säästöt näkyvät täyttöluvissa ja työllistävät myös henkilöstöasioissa. AVI-rahoitus vuosien 23-24 hankkeille tullut. Erasmus-rahoitusta tullut myös, kielikurssi- ym. matkoja pyritään toteuttamaan viimeistään ensi vuonna.",
    "3.11. järjestetään sekä Tampereen että Jyväskylän kirjastojen tyhypäivät.",
    "Valkeakoskella aloitti uusi hakeutuvien palvelujen informaatikko Marju Grönholm, jolla taustalla kirjastoalan ja sosiaalipolitiikan tutkinto. 12.10. päivä tiimiorganisaatio kehittämispäivän aiheena. Syksyllä kysellään asiakaspalvelusta ja kiinnostuksesta omatoimikirjastoon tarkoituksena luoda päättäjällekin valmista syötettä omatoimiasioinnin tullessa keskusteluun. Lailalla ollut mahdollisuus liittyä Kaikukortti-yhteyshenkilöksi, kirjasto voisi toimia ainakin kortin jakopaikkana ja verkoston osana, kiinnostavaa olisi myös mahdollista kustantaa kortilla esimerkiksi lainauskielto pois jollakin järjestelyllä. Nuortenillat ja kirjastomummit, sanataidehankkeet, SPR:n neuvontapiste, lähitori ja Kosken kirjamessut paikalliskirjailijoiden puffaamiseksi tulossa syksyn tapahtumissa. Vihreän kirjaston päästömittauksessa mukanaolo tuottaa paljon työtä, vuokratilat ja auton polttoaineet haastavat tässä, samaten seutukuljetukset. Talousarvioraami ei poikkea edellisestä vuodesta, YT:t käynnissä lomautusten muttei irtisanomisten osalta ja veroprosentti ei vielä päätetty.",
    "Muuramessa vapaa-aikatoimen talousarviopalaveri seuraavaksi. Muutosta on ilmassa, vaikka kirjasto ei vielä suoraan säästölistalla olekaan. Kulttuurhyvinvointia mietitään hanketeemaksi seniori-ikäisille, kehittämiskirjaston kulttuurihyvinvointityöpaja 7.9. keräsi kiitosta. Lähivierailua Jyväskylän Kortepohjaan ja Säynätsaloon tulossa erityisesti omatoimikirjastoaiheen osalta Muuramen oman kirjastoporukan kesken. Kulttuuriopetussuunnitelman kirjailijavierailut nyt olleet käynnissä.",
  ),
  aspaVision: paragraphs(
    "PiKe-visio on nyt kiteytynyt seuraavaksi: ”Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää. Tuotamme iloa ja vaikuttavia kokemuksia. Opimme rohkeasti yhdessä. Uskomme arvostavan kohtaamisen voimaan.” Visio näyttää ohjausryhmän mielestä kiteyttävän juuri sen mitä pitääkin. Usko arvopohjaa tukevaan työskentelyyn yksittäisissäkin kirjastoissa on lupaavaa. Myös henkilöstö palautteen ja työskentelyn perusteella kaikille avoimilla visiokahveilla 1.9. on löytänyt itsensä visiosta. Arvostava kohtaaminen ja oppiminen liittyvät sekä työntekijöihin että asiakkaisiin.",
    "Mervi työstää aspa-ajokorttia ja asiakaspalveluosaamiseen liittyvää koulutustarjontaa kehittämiskirjastossa. Aspa-ajokortin tekijöitä on nyt tasan sata keväästä 2021 alkaen. Aloittaneita on paljon enemmän kunnittain, monella kortin tekeminen loppuun on olennaisempi kysymys. Asiakaspalvelu on edelleen yksi ydin toiminnassa jatkossakin. Kortti tällaisenaan on tehtävissä vuoden loppuun. Tarkempaa raportointia tulossa uusista toteutustavoista akepiken blogiin.",
    "Kaisa työstää pikebokseja ja digiosaamiseen liittyvää koulutustarjontaa kehittämiskirjastossa, Pikeboksit ovat olleet kierrossa ja käytössä käytännössä saman ajan kuin aspa-ajokortti. Kuntia on ollut hyvin mukana sekä työpajoissa että omatoimisen boksien varailun osalta. Kyselyn pohjalta uudistukset ensi vuodelle tulossa sekä sisältöihin, ideointiin että markkinointiin liittyen. Tarkempaa raportointia tulossa uusista toteutustavoista akepiken blogiin.",
  ),
  autumn2023: paragraphs(
    "Jyväskylässä olisi toivomus, että kehittämiskirjasto kävisi kiertämässä lähiksissä, varsinkin nyt matkustusrajoitukssen aikaan - Palokkaa ja Vaajakoskea esimerkiksi. PiKe-kirjastokeskustelut ollaan lokakuussa käyty loppuun, tässä mielessä asiakaspalveluvuorot Tampereella ovat tuoneet keskustelujen tapaista arjen yhteyttä, Jyväskylän lähikirjastokierros olisi perusteltu myös Jyväskylän käytäntöjen ja arjen tuntemiseksi.",
    "Käytiin yhdessä läpi syys-lokakuun osaamisen kehittämisen tarjotin ohryesityksen pohjalta. Niina on viemässä 4.10. AKE-linjaan ake-ihmisten asiakaspalvelun tekemistä yhtenäisemmän linjauksen muodostamiseksi valtakunnallisesti. Asiakaspalvelu tekee AKE-työssäkin tutuksi kirjaston arkea Tampereen kontekstissa. Toinen mahdollinen yhtenäistä linjausta kaipaava koulutusmuoto on alueelle vietävät työpajat, joihin osallistuu toimijoita useista kirjastoista ja kunnan sisältä. Koulutussisällön eteenpäinviemisen kannalta suoraan suuntautuminen pakettina kirjastoon voi olla tehokkaampi kuin isot lähipäivät joihin täytyy erikseen lähteä.",
    "Hannan mielestä on hieno suuntaus, että viedään koulutuksia kuntiin. Ison tilan osalta jo maakuntakirjastoajalla mietittiin kulkuyhteyksiä ja niiden vuoksi päädytty alkujaan isoihin kirjastoihin. Oma huoli tässä on se, että henkilöstö jää paitsi itselleen tärkeästä tilaisuudesta, jos esihenkilö ei ole tilannut koulutusta omaan kirjastoonsa. Koulutusboksiajatus voisi olla Hannan mielestä hieno, jos jokin tilaisuus olisi kaivattu myöhemmin johonkin toiseen tilaisuuteen.  Alueellinen yhdenvertaisuus työpajoja ja niiden tarjotinta suunniteltaessa on tärkeää. Toinen huomioitava asia on rajanveto siihen, mikä on kunnan ja mikä kirjastoalan toimijoiden kuten kehittämiskirjaston tehtävää koulutussisältöä – voisiko kunta esimerkiksi ottaa koppia koulutuksessa syntyneen jatkokoulutusidean toteuttamisesta?",
  ),
  survey: paragraphs(
    "Esitysmateriaali sisältää koonnit keskisuuresta akepike-kyselystä. Juli on kirjoittamassa laajempaa koontia kehittämiskirjastotoiminnan vaikuttavuudesta alueen henkilöstön näkemänä nyt useamman vuoden kyselyaineistojen pohjalta. Teksti tulee akepiken blogiin myöhemmin.",
    "Asiakkaiden käyttäytyminen näyttää muuttuneen kirjastoissa. Kyselyn mukaan asiakaskontakti mietityttää tai kuormittaa. Johanna mietti asiakaskokemustiimin ja henkilöstön osalta, mistä tämä johtuu? Onko asiakkaiden käytös muuttunut huonommaksi? Kirjasto tarjoaa tietopalvelua, mutta mitä palvelu itsessään tarkoittaa? Ajatus on mietityttänyt myös yliopistossa ja asiakaspalveluaiheisissa koulutuksissa. Laila näkee, että digiopastuksessa puuttuu osaamisen sijaan rohkeus ja itseluottamus. Hanna, Niina Laila ja Johanna tunnistavat asiakkaiden kärsimättömyyden ja valitusalttiuden, varmasti johtotehtävissä moni tunnistaa. Myös lehdissä kirjoitetaan ja osa asiakkaista purkaa oloaan suoraan kirjastoon. Työpahoinvoinnin kokemuksesta puhuminen kuulostaa myös toivottomalta, kun ottaa huomioon esihenkilön jo tekemätkin asiat.",
    "Tampereella tehtiin valtuustoaloite digisyrjäytymiseen liittyen. Kaupungin eri toimijoilla ollut tähän liittyen käsitys, että kirjasto omistaisi digitukeen liittyvän toiminnan kaupungin sisällä. Digiosaamiseen liittyen erityisesti rohkeus palvella asiakkaita itse loppuun asti hakematta paremmin osaavaa kollegaa kaipaa jatkossakin tukea. Toinen tukea kaipaava on oman työn rajaaminen esimerkiksi digiopastamiseen liittyen",
  ),
  networks:
    "Jatkossa verkostoihin pääsee mukaan puheenjohtajan kautta, kun uusia työntekijöitä ilmaantuu alueelle. Verkostojen esittäytymistilaisuuksien ajankohdat ja verkostojen pelikirjat löytyvät materiaaleista.",
  jobShadowing:
    "Mahtava kokeilu Hannan mukaan, sekä alueella että Tampereella odotetaan mielenkiinnolla kokeilun tuloksia, ilmoittautujia sekä kokemuksia vaihdosta käytännössä. Ensi vuonna kokeilu olisi tarkoitus toistaa loppuvuoden kokeilun pohjalta ja sitä eteenpäin kehittäen.",
  otherMatters: paragraphs(
    "Juli kirjoittaa toimintasuunnitelmaa parhaillaan. Vuoden 2024 toiminnan suunnittelun aikataulu tarvitsee ohjausryhmältä yhteiset etäkokoukset (yht. 3 h max) ensi vuoden työpajatarjottimen rakentamisessa toimintasuunnitelman osaamisen kehittämisen teemojen mukaisesti. Juli lähettää tästä kalenteridoodlet perjantaihin 15.9. mennessä.",
    "Ensi vuonna alkavaan valtakunnalliseen mentorointiohjelmaan pääsee jo ilmoittautumaan akepiken verkkosivujen kautta. Johtajille ja esihenkilöille on luvassa oma kokoontuminen 5.-6.9. Paikka ja sisältö tarkentuu.",
  ),
  nextMeeting:
    "Järjestetään viimeinen vuoden 2023 ohry Jyväskylässä 29.11. klo 12-14. Hanna hoitaa tilan ja varustelut, kokouskutsuun päivitetään lopullinen tila.",
};

/** The source's agenda item titles, in order. */
export const ITEM_TITLES = {
  newsRound: "Kuulumiskierros",
  aspaVision: "Aspa-ajokortti, pikeboksit ja visiotyö nyt",
  autumn2023: "Akepiken syksy 2023 – koulutuspäivien ajankohdat ja eteneminen",
  survey: "Keskisuuren akepike-kyselyn tulokset",
  networks: "Tiimien perusparannus: Pike-verkostot ja -tekijät",
  jobShadowing: "Työn varjostus ja työelämävaihto alueella",
  otherMatters: "Muita asioita",
  nextMeeting: "Seuraava kokous",
} as const;

export interface NewsRoundEntry {
  budget: string | null;
  staffing: string | null;
  projects: string | null;
  events: string | null;
  /** The library's whole paragraph of the news round. */
  body: string;
}

/** The news round (kuulumiskierros) by library slug. */
export const NEWS_ROUND: Record<string, NewsRoundEntry> = {
  tampere: {
    budget: null,
    staffing: "Tiimityöskentely Tampereella alkanut, Johanna vetää asiakaskokemustiimia. Rekryjä vähemmän.",
    projects:
      "Syksyyn suunnitteilla Tampereella asiakaspalvelun kehittämishanke, joka pyrkii onnellisempiin asiakkaisiin ja asiakaspalveluihin. Sisältää mm. parempaa perehdytystä ja aspa-asennetta. AKE-linkki on olemassa, mutta fasilitointi 200 henkilölle tässä kontekstissa olisi hankalaa. Aspa-työryhmä limittyy hankkeeseen. PIKI-käyttösäännöt on päivitetty mm. henkilöllisyystodistusten, omatoimikirjastojen ja lainarajoitusten osalta.",
    events: "3.11. järjestetään sekä Tampereen että Jyväskylän kirjastojen tyhypäivät.",
    body: paragraphs(
      "Syksyyn suunnitteilla Tampereella asiakaspalvelun kehittämishanke, joka pyrkii onnellisempiin asiakkaisiin ja asiakaspalveluihin. Sisältää mm. parempaa perehdytystä ja aspa-asennetta. AKE-linkki on olemassa, mutta fasilitointi 200 henkilölle tässä kontekstissa olisi hankalaa. Tiimityöskentely Tampereella alkanut, Johanna vetää asiakaskokemustiimia. Aspa-työryhmä limittyy hankkeeseen. PIKI-käyttösäännöt on päivitetty mm. henkilöllisyystodistusten, omatoimikirjastojen ja lainarajoitusten osalta. Rekryjä vähemmän.",
      "3.11. järjestetään sekä Tampereen että Jyväskylän kirjastojen tyhypäivät.",
    ),
  },
  jyvaskyla: {
    budget:
      "Jyväskylässä neljä toimipistettä leikkausuhan alla, 400\u00a0000 euroa yhteensä säästön alla: Halssila, Vesanka, Lohikoski ja auto Martti. Palautetta tulee nyt paljon – ihmiset jaksavat edelleen puolustaa lähikirjastoja! Talousarvioesitys kaupunginjohtajalta tulossa. Veroprosenttipäätös tulee olemaan oleellinen palvelujen ylläpidon kannalta. Valtionosuuksien putoamiset ilman nostettua veroprosenttia ovat nyt ikään kuin käytännön valaisukierroksella siitä, mitä tulee tarkoittamaan käytännössä.",
    staffing:
      "Matkustuskielto nyt kattava Jyväskylässä, etänä ja Jyväskylässä paikan päällä pystytään osallistumaan koulutuksiin ja tapaamisiin syksyn aikana, poikkeuksia erittäin tiukalla harkinnalla. Säästöt näkyvät täyttöluvissa ja työllistävät myös henkilöstöasioissa.",
    projects:
      "Vaajakoski ja Säynätsalo valmiit ja ihanat kirjastot, tervetuloa tutustumaan. Visiotyön jatkoa mietitään ensi viikolla Keskissä ja Jyväskylässä. Keljonkangas oli kokonaan omatoimella heinäkuun. Järjestelmäpuolella Aurora Goldilla on ollut kriittisiä virheitä, Axiellin vastuuvyörytys vahvaa, käytännössä Goldin rinnalla Silveriä ollut tarpeen käyttää edelleen työn niin vaatiessa. Pääkirjasto on nyt peruskorjausiässä ja talon tulevaisuus tulee päätettäväksi, hankkeet etenevät kuitenkin hitaasti. Nyt on käynnistetty toiminnallisen tuottavuushyödyn tarkastelu siitä, jos museo, kirjasto ja muita toimijoita toimisi samassa tilassa. AVI-rahoitus vuosien 23-24 hankkeille tullut. Erasmus-rahoitusta tullut myös, kielikurssi- ym. matkoja pyritään toteuttamaan viimeistään ensi vuonna.",
    events: "3.11. järjestetään sekä Tampereen että Jyväskylän kirjastojen tyhypäivät.",
    body: paragraphs(
      "Jyväskylässä neljä toimipistettä leikkausuhan alla, 400\u00a0000 euroa yhteensä säästön alla: Halssila, Vesanka, Lohikoski ja auto Martti. Palautetta tulee nyt paljon – ihmiset jaksavat edelleen puolustaa lähikirjastoja! Talousarvioesitys kaupunginjohtajalta tulossa. Veroprosenttipäätös tulee olemaan oleellinen palvelujen ylläpidon kannalta. Valtionosuuksien putoamiset ilman nostettua veroprosenttia ovat nyt ikään kuin käytännön valaisukierroksella siitä, mitä tulee tarkoittamaan käytännössä. Vaajakoski ja Säynätsalo valmiit ja ihanat kirjastot, tervetuloa tutustumaan. Visiotyön jatkoa mietitään ensi viikolla Keskissä ja Jyväskylässä. Keljonkangas oli kokonaan omatoimella heinäkuun. Järjestelmäpuolella Aurora Goldilla on ollut kriittisiä virheitä, Axiellin vastuuvyörytys vahvaa, käytännössä Goldin rinnalla Silveriä ollut tarpeen käyttää edelleen työn niin vaatiessa. Pääkirjasto on nyt peruskorjausiässä ja talon tulevaisuus tulee päätettäväksi, hankkeet etenevät kuitenkin hitaasti. Nyt on käynnistetty toiminnallisen tuottavuushyödyn tarkastelu siitä, jos museo, kirjasto ja muita toimijoita toimisi samassa tilassa. Matkustuskielto nyt kattava Jyväskylässä, etänä ja Jyväskylässä paikan päällä pystytään osallistumaan koulutuksiin ja tapaamisiin syksyn aikana, poikkeuksia erittäin tiukalla harkinnalla. Säästöt näkyvät täyttöluvissa ja työllistävät myös henkilöstöasioissa. AVI-rahoitus vuosien 23-24 hankkeille tullut. Erasmus-rahoitusta tullut myös, kielikurssi- ym. matkoja pyritään toteuttamaan viimeistään ensi vuonna.",
      "3.11. järjestetään sekä Tampereen että Jyväskylän kirjastojen tyhypäivät.",
    ),
  },
  valkeakoski: {
    budget:
      "Talousarvioraami ei poikkea edellisestä vuodesta, YT:t käynnissä lomautusten muttei irtisanomisten osalta ja veroprosentti ei vielä päätetty.",
    staffing:
      "Valkeakoskella aloitti uusi hakeutuvien palvelujen informaatikko Marju Grönholm, jolla taustalla kirjastoalan ja sosiaalipolitiikan tutkinto.",
    projects:
      "Syksyllä kysellään asiakaspalvelusta ja kiinnostuksesta omatoimikirjastoon tarkoituksena luoda päättäjällekin valmista syötettä omatoimiasioinnin tullessa keskusteluun. Lailalla ollut mahdollisuus liittyä Kaikukortti-yhteyshenkilöksi, kirjasto voisi toimia ainakin kortin jakopaikkana ja verkoston osana, kiinnostavaa olisi myös mahdollista kustantaa kortilla esimerkiksi lainauskielto pois jollakin järjestelyllä. Vihreän kirjaston päästömittauksessa mukanaolo tuottaa paljon työtä, vuokratilat ja auton polttoaineet haastavat tässä, samaten seutukuljetukset.",
    events:
      "12.10. päivä tiimiorganisaatio kehittämispäivän aiheena. Nuortenillat ja kirjastomummit, sanataidehankkeet, SPR:n neuvontapiste, lähitori ja Kosken kirjamessut paikalliskirjailijoiden puffaamiseksi tulossa syksyn tapahtumissa.",
    body: "Valkeakoskella aloitti uusi hakeutuvien palvelujen informaatikko Marju Grönholm, jolla taustalla kirjastoalan ja sosiaalipolitiikan tutkinto. 12.10. päivä tiimiorganisaatio kehittämispäivän aiheena. Syksyllä kysellään asiakaspalvelusta ja kiinnostuksesta omatoimikirjastoon tarkoituksena luoda päättäjällekin valmista syötettä omatoimiasioinnin tullessa keskusteluun. Lailalla ollut mahdollisuus liittyä Kaikukortti-yhteyshenkilöksi, kirjasto voisi toimia ainakin kortin jakopaikkana ja verkoston osana, kiinnostavaa olisi myös mahdollista kustantaa kortilla esimerkiksi lainauskielto pois jollakin järjestelyllä. Nuortenillat ja kirjastomummit, sanataidehankkeet, SPR:n neuvontapiste, lähitori ja Kosken kirjamessut paikalliskirjailijoiden puffaamiseksi tulossa syksyn tapahtumissa. Vihreän kirjaston päästömittauksessa mukanaolo tuottaa paljon työtä, vuokratilat ja auton polttoaineet haastavat tässä, samaten seutukuljetukset. Talousarvioraami ei poikkea edellisestä vuodesta, YT:t käynnissä lomautusten muttei irtisanomisten osalta ja veroprosentti ei vielä päätetty.",
  },
  muurame: {
    budget:
      "Muuramessa vapaa-aikatoimen talousarviopalaveri seuraavaksi. Muutosta on ilmassa, vaikka kirjasto ei vielä suoraan säästölistalla olekaan.",
    staffing: null,
    projects:
      "Kulttuurhyvinvointia mietitään hanketeemaksi seniori-ikäisille, kehittämiskirjaston kulttuurihyvinvointityöpaja 7.9. keräsi kiitosta.",
    events:
      "Lähivierailua Jyväskylän Kortepohjaan ja Säynätsaloon tulossa erityisesti omatoimikirjastoaiheen osalta Muuramen oman kirjastoporukan kesken. Kulttuuriopetussuunnitelman kirjailijavierailut nyt olleet käynnissä.",
    body: "Muuramessa vapaa-aikatoimen talousarviopalaveri seuraavaksi. Muutosta on ilmassa, vaikka kirjasto ei vielä suoraan säästölistalla olekaan. Kulttuurhyvinvointia mietitään hanketeemaksi seniori-ikäisille, kehittämiskirjaston kulttuurihyvinvointityöpaja 7.9. keräsi kiitosta. Lähivierailua Jyväskylän Kortepohjaan ja Säynätsaloon tulossa erityisesti omatoimikirjastoaiheen osalta Muuramen oman kirjastoporukan kesken. Kulttuuriopetussuunnitelman kirjailijavierailut nyt olleet käynnissä.",
  },
};
