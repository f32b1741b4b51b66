import type { PlaceOptions } from "@/lib/trainings/data";
import type { PlaceChoices } from "./session-fields";

/** The session form's selects: service points grouped by library, and the libraries. */
export function placeChoices(options: PlaceOptions): PlaceChoices {
  return {
    servicePoints: options.libraries
      .filter((library) => library.servicePoints.length > 0)
      .map((library) => ({
        label: library.name,
        options: library.servicePoints.map((point) => ({ value: point.id, label: `${point.name} (${library.name})` })),
      })),
    libraries: options.libraries.map((library) => ({ value: library.id, label: library.name })),
  };
}
