// /api/health reports the database, answers 503 while it is unreachable, and
// the app recovers by itself when it is back (no restart).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { checkHealth, createSharedHealth } from "@/lib/health/data";
import { startTcpProxy } from "../support/tcp-proxy";

let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let db: Db;

beforeAll(async () => {
  const target = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(process.env.DATABASE_URL!);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  db = createPrismaClient(viaProxy.toString(), { max: 2 });
});
afterAll(async () => {
  await db.$disconnect().catch(() => {});
  await proxy.close();
});

describe("health", () => {
  it("is up, then down while the database is unreachable, then up again by itself", async () => {
    expect(await checkHealth(2_000, db)).toMatchObject({ status: "ok", db: "up" });

    await proxy.cut();
    expect(await checkHealth(2_000, db)).toMatchObject({ status: "degraded", db: "down" });
    expect(await checkHealth(2_000, db)).toMatchObject({ db: "down" });

    await proxy.restore();
    let recovered = false;
    for (let attempt = 0; attempt < 10 && !recovered; attempt++) {
      recovered = (await checkHealth(2_000, db)).db === "up";
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    // and ordinary queries work again through the same client
    expect(await db.library.count()).toBeGreaterThan(0);
  });

  it("shares one round trip among the checks of HEALTH_SHARED_MS, then asks again", async () => {
    let calls = 0;
    const shared = createSharedHealth(() => {
      calls++;
      return checkHealth(2_000, db);
    }, 500);
    const together = await Promise.all([shared(1_000), shared(1_000), shared(1_200)]);
    expect(calls).toBe(1);
    expect(together.map((h) => h.db)).toEqual(["up", "up", "up"]);

    await proxy.cut();
    expect((await shared(1_499)).db).toBe("up");
    expect(calls).toBe(1);
    expect((await shared(1_500)).db).toBe("down");
    expect(calls).toBe(2);
    await proxy.restore();
  });
});
