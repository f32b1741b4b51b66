// Every action item a list shows, read through the page API the app uses
// (listActionItemsPage), page after page: the tests see what a reader who
// follows "next" to the end sees.
import type { Actor } from "@/lib/auth/policy";
import { listActionItemsPage, type ActionItemRow } from "@/lib/action-items/data";
import type { ActionItemFilters } from "@/lib/action-items/schema";

export async function allActionItems(actor: Actor | null, filters: ActionItemFilters): Promise<ActionItemRow[]> {
  const rows: ActionItemRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listActionItemsPage(actor, filters, { limit: 100, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
