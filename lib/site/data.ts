// The public detail pages, each read through its own domain's loader (which
// owns the rule of what a signed-out reader may open).
import "server-only";
import { listPublicKitPaths } from "@/lib/kits/data";
import { listPublicLibraryPaths } from "@/lib/libraries/data";
import { listPublicNetworkPaths } from "@/lib/networks/data";
import { listPublishedOfferingPaths } from "@/lib/trainings/data";
import type { PublicDetailPaths } from "./rules";

export async function loadPublicDetailPaths(): Promise<PublicDetailPaths> {
  const [offerings, kits, networks, libraries] = await Promise.all([
    listPublishedOfferingPaths(),
    listPublicKitPaths(),
    listPublicNetworkPaths(),
    listPublicLibraryPaths(),
  ]);
  return { "/koulutukset": offerings, "/pike-boksit": kits, "/verkostot": networks, "/kirjastot": libraries };
}
