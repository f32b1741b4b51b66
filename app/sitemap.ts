import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { loadPublicDetailPaths } from "@/lib/site/data";
import { siteOrigin } from "@/lib/site/origin";
import { sitemapFor } from "@/lib/site/rules";

// Read per request: published offerings change, and the build has no database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [origin, details] = await Promise.all([siteOrigin(), loadPublicDetailPaths()]);
  return sitemapFor(origin, details);
}
