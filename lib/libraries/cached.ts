// The public library pages' data, cached and shared by every visitor (ADR 17).
// Nothing here takes an actor: only public arguments go into a cache key.
import { cacheLife, cacheTag } from "next/cache";
import { libraryTag } from "@/lib/cache/tags";
import { getLibrary } from "./data";

/** One member library with its service points and their history; null when there is none. */
export async function cachedLibrary(slug: string) {
  "use cache";
  cacheTag(libraryTag(slug));
  cacheLife("hours");
  return getLibrary(null, slug);
}
