import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site/origin";
import { robotsFor } from "@/lib/site/rules";

// The sitemap's address comes from the running server's configuration.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsFor(await siteOrigin());
}
