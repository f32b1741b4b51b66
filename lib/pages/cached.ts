// Public text pages, cached for every visitor (ADR 17).
import { cacheLife, cacheTag } from "next/cache";
import { pageTag } from "@/lib/cache/tags";
import { getPage } from "./data";

export async function cachedPage(slug: string) {
  "use cache";
  cacheTag(pageTag(slug));
  cacheLife("hours");
  return getPage(slug);
}
