// The training menu's upcoming sessions come a page at a time (ten years of
// sessions must not make one page of them): pages follow each other without
// gaps or repeats, soonest first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { getTrainingMenu, MENU_PAGE_SIZE } from "@/lib/trainings/data";
import { parseMenuPage } from "@/lib/trainings/schema";
import { createSession, removeCreated } from "./enrolment-fixtures";

const DAY = 24 * 3600 * 1000;
let db: Db;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  // More than a page of our own, far enough ahead to come after the seed's.
  for (let i = 0; i < MENU_PAGE_SIZE + 5; i++) {
    await createSession(db, { capacity: 5, startsAt: new Date(Date.now() + (400 + i) * DAY) });
  }
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

describe("the menu's pages of upcoming sessions", () => {
  it("covers every upcoming published session once, soonest first, at most a page at a time", async () => {
    const now = new Date();
    const seen: { id: string; startsAt: Date }[] = [];
    let page = 1;
    for (;;) {
      const menu = await getTrainingMenu({}, now, page);
      expect(menu.page).toBe(page);
      expect(menu.sessions.length).toBeLessThanOrEqual(MENU_PAGE_SIZE);
      seen.push(...menu.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt })));
      if (!menu.moreSessions) break;
      expect(menu.sessions).toHaveLength(MENU_PAGE_SIZE);
      page += 1;
    }
    expect(page).toBeGreaterThan(1);
    const expected = await db.trainingSession.count({
      where: { status: "SCHEDULED", startsAt: { gte: now }, offering: { menu: { status: "PUBLISHED" } } },
    });
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((s) => s.id)).size).toBe(expected);
    const times = seen.map((s) => s.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("reads the page from ?sivu forgivingly", () => {
    expect(parseMenuPage({ sivu: "3" })).toBe(3);
    expect(parseMenuPage({ sivu: ["2", "5"] })).toBe(2);
    for (const bad of [undefined, "0", "-1", "kaksi", "1.5", "99999999"]) expect(parseMenuPage({ sivu: bad })).toBe(1);
  });
});
