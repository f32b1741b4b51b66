import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { prepared, statementName } from "@/lib/db/prepared";

describe("prepared statements (lib/db/prepared.ts)", () => {
  const statement = prepared(Prisma.sql`SELECT count(*) FROM "Library" WHERE "region" = ${"PIRKANMAA"}`);

  it("names a marked statement by its text: the same text the same name, another text another", () => {
    const name = statementName({ sql: statement.sql });
    expect(name).toMatch(/^p_[\w-]{27}$/);
    expect(name!.length).toBeLessThanOrEqual(63);
    expect(
      statementName({
        sql: prepared(Prisma.sql`SELECT count(*) FROM "Library" WHERE "region" = ${"KESKI_SUOMI"}`).sql,
      }),
    ).toBe(name);
    expect(statementName({ sql: prepared(Prisma.sql`SELECT count(*) FROM "User" WHERE "id" = ${"x"}`).sql })).not.toBe(
      name,
    );
  });

  it("leaves every other statement unnamed, as Prisma sends it", () => {
    expect(statementName({ sql: `SELECT count(*) FROM "Library" WHERE "region" = $1` })).toBeUndefined();
    expect(statementName({ sql: `SELECT 1 /* prepared */` })).toBeUndefined();
  });

  it("keeps the statement's parameters", () => {
    expect(statement.values).toEqual(["PIRKANMAA"]);
    expect(statement.text).toMatch(/^\/\* prepared \*\/ SELECT count\(\*\) FROM "Library" WHERE "region" = \$1$/);
  });
});
