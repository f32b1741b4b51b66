// Rows for the worker and calendar tests: a published menu with its own
// theme, an offering and sessions, people and their enrolments. Every name is
// unique per call, so tests never touch the seed's rows or each other's.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { EnrolmentStatus, MenuStatus } from "@/lib/db/enums";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function createTrainingFixture(
  db: Db,
  options: { menuStatus?: MenuStatus; startsInDays?: number; sessions?: number } = {},
) {
  const key = randomUUID().slice(0, 8);
  const theme = await db.theme.create({
    data: { slug: `teema-${key}`, nameFi: `Testiteema ${key}`, nameEn: `Test theme ${key}` },
  });
  const menu = await db.trainingMenu.create({
    data: {
      slug: `tarjotin-${key}`,
      title: `Tarjotin ${key}`,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2028-12-31"),
      status: options.menuStatus ?? "PUBLISHED",
    },
  });
  const offering = await db.offering.create({
    data: {
      menuId: menu.id,
      slug: `koulutus-${key}`,
      kind: "WORKSHOP",
      title: `Testikoulutus ${key}`,
      summary: "Työpaja, jossa harjoitellaan; mukana myös etäyhteys.",
      themes: { create: { themeId: theme.id } },
    },
  });
  // On the hour, as sessions are (iCalendar has no milliseconds).
  const startsAt = new Date(Math.ceil((Date.now() + (options.startsInDays ?? 20) * DAY) / HOUR) * HOUR);
  const sessions = await Promise.all(
    Array.from({ length: options.sessions ?? 1 }, (_, i) =>
      db.trainingSession.create({
        data: {
          offeringId: offering.id,
          startsAt: new Date(startsAt.getTime() + i * DAY),
          endsAt: new Date(startsAt.getTime() + i * DAY + 3 * 60 * 60 * 1000),
          place: "Testikirjasto, Kokoustila Aalto",
          remoteUrl: `https://teams.example/join/${key}-${i}`,
          capacity: 500,
        },
      }),
    ),
  );
  return { key, theme, menu, offering, sessions, session: sessions[0]! };
}

export async function createPeople(db: Db, count: number, prefix = "osallistuja") {
  const key = randomUUID().slice(0, 8);
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      db.user.create({
        data: { email: `${prefix}-${key}-${i}@example.test`, name: `Osallistuja ${i}` },
        select: { id: true, email: true, name: true },
      }),
    ),
  );
}

export async function enrol(
  db: Db,
  sessionId: string,
  userId: string,
  status: EnrolmentStatus = "CONFIRMED",
  waitlistPosition: number | null = null,
) {
  return db.enrolment.create({
    data: { sessionId, userId, status, waitlistPosition, cancelledAt: status === "CANCELLED" ? new Date() : null },
    select: { id: true },
  });
}
