import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteOrigin } from "@/lib/site/origin";
import { robotsFor } from "@/lib/site/rules";

// The sitemap's address comes from the running server's configuration.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return robotsFor(await siteOrigin());
}
