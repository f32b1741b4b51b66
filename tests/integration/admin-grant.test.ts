// The first administrator (npm run admin:grant -- EMAIL): a new person with
// the ADMIN role, or the role added to someone who exists; a deactivated or
// removed person and a bad address are refused with nothing written; each
// grant leaves an audit row by the system; the script itself answers with
// its exit code and message; the person may then ask for a sign-in link.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAllowedToSignIn } from "@/lib/auth/data";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { grantAdminFromConsole } from "@/lib/users/admin/mutations";
import { createUsers, uniq } from "./enrolment-fixtures";

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await db.$disconnect();
});

const auditRows = (userId: string) =>
  db.auditEvent.findMany({ where: { entityId: userId }, select: { action: true, actorId: true, summary: true } });

describe("grantAdminFromConsole", () => {
  it("creates a new person as ADMIN, lower-cased, who may then sign in", async () => {
    const email = `Ensimmainen.Paakayttaja.${uniq()}@Tampere.fi`;
    const grant = await grantAdminFromConsole(db, { email: `  ${email} ` });
    expect(grant.outcome).toBe("created");
    const user = await db.user.findUniqueOrThrow({ where: { id: grant.id } });
    expect(user).toMatchObject({ email: email.toLowerCase(), roles: ["ADMIN"], name: null, deactivatedAt: null });
    expect(await auditRows(grant.id)).toEqual([
      { action: "user.invited", actorId: null, summary: `${email.toLowerCase()} added as ADMIN from the console` },
    ]);
    expect(await isAllowedToSignIn(email.toLowerCase())).toBe(true);
  });

  it("adds ADMIN to someone who exists, keeping their roles and library; a second grant changes nothing", async () => {
    const [person] = await createUsers(db, 1, { roles: ["STAFF"], librarySlug: "valkeakoski", prefix: `ag-${uniq()}` });
    const { email, libraryId } = await db.user.findUniqueOrThrow({ where: { id: person!.id } });
    expect(await grantAdminFromConsole(db, { email })).toEqual({ id: person!.id, email, outcome: "granted" });
    expect(await db.user.findUniqueOrThrow({ where: { id: person!.id } })).toMatchObject({
      roles: ["ADMIN", "STAFF"],
      libraryId,
    });
    expect(await grantAdminFromConsole(db, { email })).toEqual({ id: person!.id, email, outcome: "already" });
    expect((await auditRows(person!.id)).map((r) => r.action)).toEqual(["user.rolesChanged"]);
  });

  it("refuses a deactivated person and a bad address, writing nothing", async () => {
    const [person] = await createUsers(db, 1, { roles: ["STAFF"], librarySlug: "valkeakoski", prefix: `ag-${uniq()}` });
    const { email } = await db.user.update({ where: { id: person!.id }, data: { deactivatedAt: new Date() } });
    const refused = await grantAdminFromConsole(db, { email }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("CONFLICT");
    expect((await db.user.findUniqueOrThrow({ where: { id: person!.id } })).roles).toEqual(["STAFF"]);
    expect(await auditRows(person!.id)).toEqual([]);

    const users = await db.user.count();
    await expect(grantAdminFromConsole(db, { email: "ei-osoite" })).rejects.toThrow();
    expect(await db.user.count()).toBe(users);
  });
});

describe("npm run admin:grant", () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/admin-grant.ts", ...args],
      {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: "silent" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );

  it("makes an administrator and says how they sign in", async () => {
    const email = `konsoli.${uniq()}@tampere.fi`;
    const result = run(email);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${email} added as an administrator.`);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).roles).toEqual(["ADMIN"]);
  });

  it("answers bad input with the usage and exit code 1", () => {
    const none = run();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("usage: npm run admin:grant -- EMAIL");
    const bad = run("ei-osoite");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("not an email address: ei-osoite");
    expect(bad.stderr).toContain("Nothing was written.");
  });
});
