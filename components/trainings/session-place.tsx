import type { Translate } from "@/lib/i18n/translate";
import type { SessionPlace } from "@/lib/trainings/data";

/** Service point and library, else the free-text place, else "Etänä". */
export function sessionPlaceText(place: SessionPlace, t: Translate): string {
  if (place.servicePoint) {
    const where = [place.servicePoint, place.library].filter(Boolean).join(", ");
    return place.remote ? `${where} (${t("trainings.alsoRemote")})` : where;
  }
  if (place.text) return place.text;
  return place.remote ? t("common.remote") : t("common.none");
}
