// Free-form pages of the network, such as the PiKe vision. Public content.
import "server-only";
import { db } from "@/lib/db";

export type PageView = { slug: string; title: string; body: string };

export async function getPage(slug: string): Promise<PageView | null> {
  return db().page.findUnique({ where: { slug }, select: { slug: true, title: true, body: true } });
}
