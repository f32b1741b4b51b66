// The job-shadowing API (issue 15 item 6) against real PostgreSQL, through the
// route handlers as a request reaches them: the current round; its offers by
// theme, region and municipality with places left and the distance from the
// caller's library; applying (201, then 409; 401 signed out, 403 cross-site,
// 400 not JSON, 422 bad input, 404 unknown offer — nothing written); and
// withdrawing one's own application (someone else's is 404, a second time 409).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { helsinkiToday } from "@/lib/dates";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, callJson, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: currentRound } = await import("@/app/api/exchange-rounds/current/route");
const { GET: listOffers } = await import("@/app/api/exchange-offers/route");
const { POST: apply } = await import("@/app/api/exchange-offers/[id]/applications/route");
const { DELETE: withdraw } = await import("@/app/api/exchange-applications/[id]/route");
const { getCurrentRound } = await import("@/lib/exchanges/offers/data");

let db: Db;
let applicant: Actor;
let other: Actor;
let round: { id: string };
const offers: Record<"tampere" | "laukaa" | "withdrawn", string> = { tampere: "", laukaa: "", withdrawn: "" };
const theme = `test-vapi-${uniq()}`;

const DAY = 86_400_000;
/** A Helsinki day `n` days from today as the API writes it. */
const iso = (n: number) => new Date(helsinkiToday().getTime() + n * DAY).toISOString().slice(0, 10);
const day = (n: number) => new Date(`${iso(n)}T00:00:00Z`);

type OfferJson = { id: string; title: string; distance: string | null };
const cookieOf = (actor: Actor) => sessionCookie(db, actor.id);
const applications = () =>
  db.exchangeApplication.findMany({
    where: { offer: { roundId: round.id } },
    select: { id: true, status: true, applicantId: true },
    orderBy: { id: "asc" },
  });
const libraryId = async (slug: string) =>
  (await db.library.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  [applicant, other] = (await createUsers(db, 2, {
    librarySlug: "valkeakoski",
    prefix: `vapi-${uniq()}`,
  })) as [Actor, Actor];
  // The newest open round, so it is the current one; applications open today (Helsinki).
  round = await db.exchangeRound.create({
    data: {
      year: 2099,
      title: `Rajapintakierros ${uniq()}`,
      status: "OPEN",
      offerOpensAt: day(-30),
      offerClosesAt: day(-6),
      applicationOpensAt: day(-5),
      applicationClosesAt: day(20),
      visitStartsOn: day(30),
      visitEndsOn: day(90),
    },
    select: { id: true },
  });
  const common = { roundId: round.id, startDate: day(40), endDate: day(44), places: 2, description: "Testi" };
  offers.tampere = (
    await db.exchangeOffer.create({
      data: {
        ...common,
        hostLibraryId: await libraryId("tampere"),
        title: "Metson asiakaspalvelu",
        themes: [theme, "asiakaspalvelu"],
        placesTaken: 1,
      },
    })
  ).id;
  offers.laukaa = (
    await db.exchangeOffer.create({
      data: {
        ...common,
        hostLibraryId: await libraryId("laukaa"),
        title: "Laukaan omatoimikirjasto",
        mode: "PARTLY_REMOTE",
      },
    })
  ).id;
  offers.withdrawn = (
    await db.exchangeOffer.create({
      data: { ...common, hostLibraryId: await libraryId("tampere"), title: "Peruttu", withdrawnAt: new Date() },
    })
  ).id;
});

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" LIKE 'email.exchange%'
    AND "payload"->>'applicationId' IN (SELECT a."id"::text FROM "ExchangeApplication" a
      JOIN "ExchangeOffer" o ON o."id" = a."offerId" WHERE o."roundId" = ${round.id}::uuid)`;
  await db.exchangeRound.delete({ where: { id: round.id } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("the job-shadowing API", () => {
  it("answers the current round with its windows", async () => {
    const out = await callJson(currentRound(apiRequest("GET", "/api/exchange-rounds/current"), routeParams({})));
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({
      id: round.id,
      year: 2099,
      status: "OPEN",
      applicationWindow: { opens: iso(-5), closes: iso(20) },
      visitPeriod: { starts: iso(30), ends: iso(90) },
      offersOpen: false,
      applicationsOpen: true,
    });
  });

  it("tells which window is open on a Helsinki day (what the front page shows)", async () => {
    // Noon in Helsinki on a day of each period.
    const at = (n: number) => new Date(day(n).getTime() + 10 * 3_600_000);
    expect(await getCurrentRound(null, at(-10))).toMatchObject({
      id: round.id,
      offersOpen: true,
      applicationsOpen: false,
    });
    expect(await getCurrentRound(null, at(0))).toMatchObject({ offersOpen: false, applicationsOpen: true });
    expect(await getCurrentRound(null, at(20))).toMatchObject({ applicationsOpen: true });
    expect(await getCurrentRound(null, at(21))).toMatchObject({ offersOpen: false, applicationsOpen: false });
  });

  it("lists offers by theme, region and municipality, with places left and the distance", async () => {
    const list = (query: string, cookie?: string) =>
      callJson<OfferJson[]>(
        listOffers(apiRequest("GET", `/api/exchange-offers?round=${round.id}${query}`, { cookie }), routeParams({})),
      );
    const all = await list("");
    expect(all.status).toBe(200);
    expect(all.body.map((o) => o.title)).toEqual(["Laukaan omatoimikirjasto", "Metson asiakaspalvelu"]);
    expect(all.body[1]).toMatchObject({
      hostLibrary: { slug: "tampere", municipality: "Tampere", region: "PIRKANMAA" },
      places: 2,
      placesLeft: 1,
      mode: "ONSITE",
      startDate: iso(40),
      distance: null,
    });
    const byTheme = await list(`&theme=${theme}`);
    expect(byTheme.body.map((o) => o.id)).toEqual([offers.tampere]);
    const byRegion = await list("&region=KESKI_SUOMI");
    expect(byRegion.body.map((o) => o.id)).toEqual([offers.laukaa]);
    const byMunicipality = await list("&municipality=tampere");
    expect(byMunicipality.body.map((o) => o.id)).toEqual([offers.tampere]);
    // From Valkeakoski: Tampere is in the same region, Laukaa in the other.
    const signedIn = await list("", await cookieOf(applicant));
    expect(signedIn.body.map((o) => o.distance)).toEqual(["OTHER_REGION", "SAME_REGION"]);
    // The current round is the default.
    const current = await callJson<OfferJson[]>(listOffers(apiRequest("GET", "/api/exchange-offers"), routeParams({})));
    expect(current.body.map((o) => o.id).sort()).toEqual([offers.laukaa, offers.tampere].sort());

    // A draft round's offers are not listed even when the draft is named.
    const draft = await db.exchangeRound.create({
      data: {
        year: 2099,
        title: `Luonnos ${uniq()}`,
        status: "DRAFT",
        offerOpensAt: day(-30),
        offerClosesAt: day(-6),
        applicationOpensAt: day(-5),
        applicationClosesAt: day(20),
        visitStartsOn: day(30),
        visitEndsOn: day(90),
        offers: {
          create: {
            hostLibraryId: await libraryId("tampere"),
            title: "Luonnoksen paikka",
            startDate: day(40),
            endDate: day(44),
          },
        },
      },
      select: { id: true },
    });
    const drafted = await callJson<OfferJson[]>(
      listOffers(apiRequest("GET", `/api/exchange-offers?round=${draft.id}`), routeParams({})),
    );
    expect(drafted).toEqual({ status: 200, body: [] });
    await db.exchangeRound.delete({ where: { id: draft.id } });

    for (const bad of [`round=${round.id}&region=MARS`, `round=${round.id}&theme=<b>`, "round=ei-tunniste"]) {
      const out = await callJson(listOffers(apiRequest("GET", `/api/exchange-offers?${bad}`), routeParams({})));
      expect(out.status, bad).toBe(422);
    }
  });

  it("refuses bad applications, the signed out and cross-site requests, writing nothing", async () => {
    const cookie = await cookieOf(applicant);
    const path = `/api/exchange-offers/${offers.tampere}/applications`;
    const id = routeParams({ id: offers.tampere });
    const good = { motivation: "Haluan nähdä Metson asiakaspalvelun.", preferredDates: [iso(41)] };
    const before = await applications();
    expect((await callJson(apply(apiRequest("POST", path, { body: good }), id))).status).toBe(401);
    expect(
      (await callJson(apply(apiRequest("POST", path, { cookie, body: good, origin: "https://evil.example" }), id)))
        .status,
    ).toBe(403);
    expect((await callJson(apply(apiRequest("POST", path, { cookie, raw: "{" }), id))).status).toBe(400);
    const cases: [unknown, string][] = [
      [{ preferredDates: [iso(41)] }, "motivation"],
      [{ ...good, preferredDates: [] }, "preferredDates"],
      [{ ...good, preferredDates: [iso(50)] }, "preferredDates"],
      // The day's own place in the list is named.
      [{ ...good, preferredDates: ["41.2.2099"] }, "preferredDates.0"],
      [{ ...good, motivation: "x".repeat(2_001) }, "motivation"],
    ];
    for (const [body, field] of cases) {
      const out = await callJson(apply(apiRequest("POST", path, { cookie, body }), id));
      expect(out.status, JSON.stringify(body)).toBe(422);
      expect(out.body).toMatchObject({
        error: { code: "VALIDATION_FAILED", fields: { [field]: expect.any(String) as string } },
      });
    }
    const withdrawnOffer = `/api/exchange-offers/${offers.withdrawn}/applications`;
    expect(
      (
        await callJson(
          apply(apiRequest("POST", withdrawnOffer, { cookie, body: good }), routeParams({ id: offers.withdrawn })),
        )
      ).status,
    ).toBe(404);
    expect(
      (await callJson(apply(apiRequest("POST", "/x", { cookie, body: good }), routeParams({ id: "ei" })))).status,
    ).toBe(404);
    expect(await applications()).toEqual(before);
  });

  it("applies (201), a second time 409; withdraws its own (200), not someone else's (404), not twice (409)", async () => {
    const cookie = await cookieOf(applicant);
    const path = `/api/exchange-offers/${offers.laukaa}/applications`;
    const id = routeParams({ id: offers.laukaa });
    const body = { motivation: "Omatoimikirjasto kiinnostaa.", preferredDates: [iso(40), iso(42)] };
    const first = await callJson(apply(apiRequest("POST", path, { cookie, body }), id));
    expect(first.status).toBe(201);
    expect(["AWAITING_CONSENT", "SUBMITTED"]).toContain(first.body.status);
    const again = await callJson(apply(apiRequest("POST", path, { cookie, body }), id));
    expect(again.status).toBe(409);
    expect((await applications()).filter((a) => a.applicantId === applicant.id)).toHaveLength(1);

    const applicationId = first.body.id as string;
    const target = `/api/exchange-applications/${applicationId}`;
    const byOther = await callJson(
      withdraw(apiRequest("DELETE", target, { cookie: await cookieOf(other) }), routeParams({ id: applicationId })),
    );
    expect(byOther.status).toBe(404);
    expect((await applications()).find((a) => a.id === applicationId)?.status).toBe(first.body.status);
    const mine = await callJson(withdraw(apiRequest("DELETE", target, { cookie }), routeParams({ id: applicationId })));
    expect(mine).toMatchObject({ status: 200, body: { id: applicationId, status: "WITHDRAWN" } });
    const twice = await callJson(
      withdraw(apiRequest("DELETE", target, { cookie }), routeParams({ id: applicationId })),
    );
    expect(twice.status).toBe(409);
    expect((await callJson(withdraw(apiRequest("DELETE", target), routeParams({ id: applicationId })))).status).toBe(
      401,
    );
  });
});
