// Programmes (issue 13): the aspa-ajokortti and other multi-part programmes,
// their parts, progress, completion, certificates and reminders.
const fi = {
  "programmes.mode.SELF_REPORTED": "Oma kuittaus ja pohdinta",
  "programmes.mode.ATTENDANCE": "Osallistuminen koulutukseen",
  "programmes.mode.COORDINATOR": "Kehittämiskirjaston kuittaus",
  "programmes.status.ACTIVE": "Kesken",
  "programmes.status.LEFT": "Keskeytetty",
  "programmes.status.COMPLETED": "Suoritettu",

  "programmes.error.unknownProgramme": "Kokonaisuutta ei löydy, tai se ei ole vielä avoinna.",
  "programmes.error.unknownPart": "Osiota ei löydy.",
  "programmes.error.notParticipant": "Et ole mukana tässä kokonaisuudessa.",
  "programmes.error.notActive": "Liity kokonaisuuteen uudelleen, niin voit kuitata osioita.",
  "programmes.error.notSelfReported": "Tämä osio kuitataan muulla tavalla kuin itse.",
  "programmes.error.cannotLeaveLEFT": "Olet jo jättänyt kokonaisuuden.",
  "programmes.error.cannotLeaveCOMPLETED": "Olet jo suorittanut kokonaisuuden.",
  "programmes.error.cannotLeaveACTIVE": "Kokonaisuuden jättäminen ei onnistunut.",
  "programmes.error.alreadyRevoked": "Todistus on jo mitätöity.",
  "programmes.error.unknownCertificate": "Todistusta ei löydy.",
  "programmes.error.noRequiredParts": "Kokonaisuudessa on oltava vähintään yksi pakollinen osio.",
  "programmes.error.attendanceWithoutOffering": "Osallistumalla suoritettavalle osiolle on valittava koulutus.",

  "programmes.mail.completed.subject": "Onnittelut: {programme} suoritettu",
  "programmes.mail.completed.intro": "Olet suorittanut kokonaisuuden {programme} kaikki osiot {date}.",
  "programmes.mail.completed.certificate":
    "Voit ladata todistuksen (PDF) kokonaisuuden sivulta. Todistuksen aitouden voi tarkistaa osoitteessa {url}",
  "programmes.mail.completed.code": "Todistuksen tarkistuskoodi",
  "programmes.mail.why": "Saat tämän viestin, koska olet mukana kokonaisuudessa PiKe-portaalissa.",

  "programmes.certificate.title": "Todistus",
  "programmes.certificate.certifies": "Tällä todistuksella vahvistetaan, että",
  "programmes.certificate.hasCompleted": "on suorittanut kokonaisuuden",
  "programmes.certificate.parts": "Suoritetut osiot",
  "programmes.certificate.completedOn": "Suoritettu {date}",
  "programmes.certificate.verify": "Todistuksen aitouden voi tarkistaa tällä koodilla osoitteessa",
};

const en: Record<keyof typeof fi, string> = {
  "programmes.mode.SELF_REPORTED": "Marked done with a reflection",
  "programmes.mode.ATTENDANCE": "Attending a training",
  "programmes.mode.COORDINATOR": "Confirmed by the development library",
  "programmes.status.ACTIVE": "In progress",
  "programmes.status.LEFT": "Left",
  "programmes.status.COMPLETED": "Completed",

  "programmes.error.unknownProgramme": "There is no such programme, or it is not open yet.",
  "programmes.error.unknownPart": "There is no such part.",
  "programmes.error.notParticipant": "You have not joined this programme.",
  "programmes.error.notActive": "Join the programme again to mark parts done.",
  "programmes.error.notSelfReported": "This part is not marked done by yourself.",
  "programmes.error.cannotLeaveLEFT": "You have already left the programme.",
  "programmes.error.cannotLeaveCOMPLETED": "You have already completed the programme.",
  "programmes.error.cannotLeaveACTIVE": "Leaving the programme did not succeed.",
  "programmes.error.alreadyRevoked": "The certificate has already been revoked.",
  "programmes.error.unknownCertificate": "There is no such certificate.",
  "programmes.error.noRequiredParts": "A programme needs at least one required part.",
  "programmes.error.attendanceWithoutOffering": "A part done by attending needs a training to attend.",

  "programmes.mail.completed.subject": "Congratulations: {programme} completed",
  "programmes.mail.completed.intro": "You completed every part of {programme} on {date}.",
  "programmes.mail.completed.certificate":
    "You can download the certificate (PDF) on the programme's page. Anyone can check that it is genuine at {url}",
  "programmes.mail.completed.code": "Certificate verification code",
  "programmes.mail.why": "You receive this message because you take part in a programme in PiKe-portaali.",
  "programmes.certificate.title": "Certificate",
  "programmes.certificate.certifies": "This is to certify that",
  "programmes.certificate.hasCompleted": "has completed the programme",
  "programmes.certificate.parts": "Parts completed",
  "programmes.certificate.completedOn": "Completed on {date}",
  "programmes.certificate.verify": "Anyone can check that this certificate is genuine with this code at",
};

export default { fi, en };
