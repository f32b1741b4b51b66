// The action items page (/toimenpiteet), as the per-request page renders it
// for its reader and the audience page (ADR 23) for an audience's stand-in.
import Link from "next/link";
import { ActionItemTable } from "@/components/action-items/action-item-table";
import { ActionItemFiltersForm } from "@/components/action-items/filters-form";
import { FormTextProvider } from "@/components/action-items/text-context";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { listActionItemsPage } from "@/lib/action-items/data";
import { ACTION_ITEMS_PAGE_SIZE, filtersQuery, PAGE_STATUS, type PageFilters } from "@/lib/action-items/schema";
import { can, type Actor } from "@/lib/auth/policy";
import type { Translate } from "@/lib/i18n/translate";

export async function ActionItemsView({
  actor,
  filters,
  markedDone = false,
  audience = false,
  t,
}: {
  actor: Actor;
  filters: PageFilters;
  /** Just marked one done (?tehty=1): say so. */
  markedDone?: boolean;
  /** Rendered for an audience (ADR 23): whose items are the reader's own is for the islands to say. */
  audience?: boolean;
  t: Translate;
}) {
  const { items, nextCursor } = await listActionItemsPage(
    actor,
    {
      status: PAGE_STATUS[filters.status],
      ownerUserId: filters.mine ? actor.id : undefined,
      ownerLibraryId: filters.library && actor.libraryId ? actor.libraryId : undefined,
      overdue: filters.overdue || undefined,
    },
    { limit: ACTION_ITEMS_PAGE_SIZE, cursor: String((filters.page - 1) * ACTION_ITEMS_PAGE_SIZE) },
  );
  const query = new URLSearchParams(filtersQuery(filters)).toString();
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(filtersQuery(filters));
    if (page > 1) params.set("sivu", String(page));
    const search = params.toString();
    return search ? `/toimenpiteet?${search}` : "/toimenpiteet";
  };
  const narrowed = filters.mine || filters.library || filters.overdue || filters.status === "tehdyt";
  return (
    <>
      <PageHeader title={t("actionItems.page.title")} lead={t("actionItems.page.lead")} />
      {markedDone ? (
        <div className="mb-6">
          <Alert tone="success">{t("actionItems.notice.markedDone")}</Alert>
        </div>
      ) : null}
      <ActionItemFiltersForm filters={filters} hasLibrary={actor.libraryId !== null} t={t} />
      {items.length === 0 ? (
        <div className="max-w-3xl space-y-2">
          <p className="font-semibold">{t(narrowed ? "actionItems.empty.filtered" : "actionItems.empty.none")}</p>
          <p>
            {narrowed ? (
              <Link href="/toimenpiteet?tila=kaikki">{t("actionItems.empty.showAll")}</Link>
            ) : (
              t(can(actor, "minutes.write") ? "actionItems.empty.howToAdd" : "actionItems.empty.whereFrom")
            )}
          </p>
        </div>
      ) : (
        <FormTextProvider text={pickText(t, ["actionItems.close", "actionItems.error.", "actionItems.notice."])}>
          <ActionItemTable
            items={items}
            caption={t("actionItems.table.caption", {
              status: t(`actionItems.filters.status.${filters.status}`),
              count: items.length,
            })}
            filters={query}
            ownersAsk={audience && can(actor, "actionItem.markDone") && !can(actor, "meeting.manage")}
            t={t}
          />
        </FormTextProvider>
      )}
      <Pager page={filters.page} hasNext={nextCursor !== null} hrefFor={hrefFor} t={t} />
    </>
  );
}
