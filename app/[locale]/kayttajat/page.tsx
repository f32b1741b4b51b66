import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { UserFilters } from "@/components/users-admin/user-filters";
import { UserTable } from "@/components/users-admin/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { countRemovalRequests } from "@/lib/users/removal/data";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listLibraryChoices, listUsers } from "@/lib/users/admin/data";
import { userListQuerySchema, type UserListQuery } from "@/lib/users/admin/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("users.title") };
}

/** The list's state as an address: the filters kept, the page's cursor replaced. */
function hrefOf(query: UserListQuery, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of ["q", "library", "role", "active", "lastSignIn"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  return search ? `/kayttajat?${search}` : "/kayttajat";
}

/** ADMIN: every user, with search and filters, a page at a time. */
export default async function UsersPage({ searchParams }: PageProps<"/[locale]/kayttajat">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kayttajat");
  if (!can(actor, "users.manage")) notFound();
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // An address with an unknown filter value shows the whole list rather than an error.
  const parsed = userListQuerySchema.safeParse({
    q: one(raw.q),
    library: one(raw.library),
    role: one(raw.role),
    active: one(raw.active),
    lastSignIn: one(raw.lastSignIn),
    cursor: one(raw.cursor),
  });
  const query: UserListQuery = parsed.success ? parsed.data : {};
  const [{ t }, page, libraries, removalRequests] = await Promise.all([
    getI18n(),
    listUsers(actor, query),
    listLibraryChoices(actor),
    countRemovalRequests(actor),
  ]);
  return (
    <>
      <PageHeader title={t("users.title")} lead={t("users.lead")} />
      <p className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link
          href="/kayttajat/kutsu"
          className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
        >
          {t("users.invite")}
        </Link>
        <Link href="/kayttajat/poistopyynnot" className="inline-flex min-h-11 items-center">
          {t("users.removalRequests", { count: removalRequests })}
        </Link>
      </p>
      <UserFilters query={query} libraries={libraries} t={t} />
      {page.items.length === 0 ? <p>{t("users.empty")}</p> : <UserTable users={page.items} t={t} />}
      <nav aria-label={t("pager.label")} className="mt-6 flex flex-wrap gap-6">
        {query.cursor ? (
          <Link href={hrefOf(query)} className="inline-flex min-h-11 items-center">
            {t("users.first")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={hrefOf(query, page.nextCursor)} rel="next" className="inline-flex min-h-11 items-center">
            {t("users.next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
