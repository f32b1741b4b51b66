// A network's playbook through the minutes' XSS corpus (issue 14): each
// payload saved by a chair as a form post would save it, then rendered as the
// network page renders the playbook and as the history renders its versions
// and their diffs — inert every time.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Markdown } from "@/components/markdown/markdown";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { attributes, expectInert, tagNames, XSS_CORPUS } from "../support/xss";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { savePlaybookAction } = await import("@/lib/networks/playbook/actions");
const { getPlaybookHistory } = await import("@/lib/networks/playbook/data");
const { RevisionList } = await import("@/components/revisions/revision-list");

let db: Db;
let chair: Actor;
let network: { id: string; slug: string };

/** Markup of the history: beyond the Markdown's own tags, the list's; never anything that runs or loads. */
const DANGEROUS_TAGS = /^(script|iframe|img|svg|math|style|object|embed|form|input|meta|base|link)$/;

function expectHistoryInert(html: string) {
  for (const tag of tagNames(html)) expect(tag, html).not.toMatch(DANGEROUS_TAGS);
  for (const [name, value] of attributes(html)) {
    expect(name, html).not.toMatch(/^on/);
    if (name === "href") expect(value, html).toMatch(/^(https?:\/\/|mailto:)/);
    expect(value.replace(/\s/g, "").toLowerCase(), html).not.toMatch(/(javascript|vbscript|data):/);
  }
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  chair = (await createUsers(db, 1, { prefix: `xss-chair-${uniq()}` }))[0]!;
  network = await db.network.create({
    data: {
      slug: `test-xss-${uniq()}`,
      name: "XSS-verkosto",
      memberships: { create: { userId: chair.id, role: "CHAIR", status: "ACTIVE" } },
    },
    select: { id: true, slug: true },
  });
});
afterAll(async () => {
  await db.network.delete({ where: { id: network.id } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("the playbook through the XSS corpus", () => {
  it.each(XSS_CORPUS)("saves and renders %j inert", async (payload) => {
    const latest = await db.playbookRevision.findFirst({
      where: { networkId: network.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const outcome = await submit(savePlaybookAction, chair, {
      networkId: network.id,
      baseRevisionId: latest?.id ?? "",
      playbook: `## Pelikirja\n\n${payload}`,
    });
    expect(outcome.state?.status).toBe("saved");
    const saved = await db.network.findUniqueOrThrow({ where: { id: network.id }, select: { playbook: true } });
    // As the network page renders it.
    const page = renderToStaticMarkup(
      createElement(Markdown, { breaks: true, source: saved.playbook, headingLevel: 3, lang: "fi" }),
    );
    expectInert(page);
    // As the history renders the versions and what each changed.
    const history = await getPlaybookHistory(network.slug, db);
    const html = renderToStaticMarkup(
      createElement(RevisionList, {
        revisions: history!.revisions.map(({ playbook, ...r }) => ({ ...r, text: playbook })),
        diffs: true,
        emptyText: "",
        t: translator("fi"),
        locale: "fi",
      }),
    );
    expectHistoryInert(html);
  });
});
