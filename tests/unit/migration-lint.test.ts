import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LAST_UNLINTED_MIGRATION, lintMigration, statements } from "@/scripts/lib/migration-lint";

const NEW = "1900000000000_change.sql";
const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** A migration file as node-pg-migrate reads it. */
function migration(up: string, down = "") {
  return `-- Up Migration\n${up}\n\n-- Down Migration\n${down}\n`;
}

const lint = (up: string, down?: string) => lintMigration(NEW, migration(up, down));

describe("lintMigration: what blocks the release still serving", () => {
  const bad: [rule: string, up: string][] = [
    ["alter-column-type", `ALTER TABLE "Kit" ALTER COLUMN "shippingDays" TYPE BIGINT;`],
    ["alter-column-type", `ALTER TABLE "Kit" ALTER "shippingDays" SET DATA TYPE numeric(10, 2);`],
    ["volatile-default", `ALTER TABLE "Kit" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();`],
    ["volatile-default", `ALTER TABLE "Kit" ADD COLUMN "seenAt" TIMESTAMPTZ DEFAULT clock_timestamp();`],
    ["volatile-default", `ALTER TABLE "Kit" ADD COLUMN "luck" float8 DEFAULT random();`],
    ["volatile-default", `ALTER TABLE "Kit" ADD COLUMN "number" BIGSERIAL;`],
    ["volatile-default", `ALTER TABLE "Kit" ADD COLUMN "number" INTEGER GENERATED ALWAYS AS IDENTITY;`],
    ["set-not-null", `ALTER TABLE "Kit" ALTER COLUMN "guide" SET NOT NULL;`],
    [
      "constraint-not-valid",
      `ALTER TABLE "Kit" ADD CONSTRAINT "Kit_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id");`,
    ],
    ["constraint-not-valid", `ALTER TABLE "Kit" ADD CONSTRAINT "Kit_days_check" CHECK ("shippingDays" >= 0);`],
    ["constraint-not-valid", `ALTER TABLE "Kit" ADD CHECK ("shippingDays" >= 0);`],
    ["create-index", `CREATE INDEX "Enrolment_status_idx" ON "Enrolment" ("status");`],
    ["create-index", `CREATE UNIQUE INDEX IF NOT EXISTS "Kit_code_key" ON public."Kit" ("code");`],
    ["create-index", `ALTER TABLE "Kit" ADD CONSTRAINT "Kit_code_key" UNIQUE ("code");`],
    ["concurrently", `CREATE INDEX CONCURRENTLY "Enrolment_status_idx" ON "Enrolment" ("status");`],
    ["vacuum-full", `VACUUM FULL "Enrolment";`],
    ["vacuum-full", `VACUUM (FULL, ANALYZE) "Enrolment";`],
    ["cluster", `CLUSTER "Enrolment" USING "Enrolment_pkey";`],
    ["lock-table", `LOCK TABLE "Enrolment" IN ACCESS EXCLUSIVE MODE;`],
    ["rename", `ALTER TABLE "Kit" RENAME TO "TeachingKit";`],
    ["rename", `ALTER TABLE "Kit" RENAME COLUMN "guide" TO "instructions";`],
    ["rename", `ALTER TABLE "Kit" RENAME "guide" TO "instructions";`],
    ["rename", `ALTER TYPE "ExchangeMode" RENAME VALUE 'ONSITE' TO 'ON_SITE';`],
    ["drop-column", `ALTER TABLE "Kit" DROP COLUMN "guide";`],
    ["drop-column", `ALTER TABLE IF EXISTS ONLY "Kit" DROP IF EXISTS "guide" CASCADE;`],
    ["drop-table", `DROP TABLE IF EXISTS "KitPhoto";`],
  ];
  it.each(bad)("flags %s: %s", (rule, up) => {
    const problems = lint(up);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`-- lint: allow ${rule} <reason>`);
    expect(problems[0]).toMatch(/^1900000000000_change\.sql: /);
  });

  it("flags each offending action of a combined ALTER TABLE once per rule", () => {
    const problems = lint(`ALTER TABLE "ExchangeRound"
      ALTER COLUMN "offerOpensAt" SET NOT NULL,
      ALTER COLUMN "offerClosesAt" SET NOT NULL,
      ADD COLUMN "note" TEXT,
      ADD CONSTRAINT "ExchangeRound_windows_check" CHECK ("offerOpensAt" <= "offerClosesAt");`);
    expect(problems.map((p) => /allow (\S+)/.exec(p)![1])).toEqual(["set-not-null", "constraint-not-valid"]);
  });

  it("flags the released coverage indexes as if they were new: they locked big tables", () => {
    const sql = readFileSync(path.join(migrationsDir, "1734000000000_coverage_indexes.sql"), "utf8");
    const problems = lintMigration("1900000000000_coverage_indexes.sql", sql);
    expect(problems).toHaveLength(9);
    expect(problems.every((p) => p.includes("allow create-index"))).toBe(true);
  });
});

describe("lintMigration: expand-style changes pass", () => {
  const good: [what: string, up: string][] = [
    [
      "a new table with its indexes, foreign keys and checks",
      `CREATE TABLE "KitNote" (
         "id" UUID NOT NULL DEFAULT gen_random_uuid(),
         "kitId" UUID NOT NULL,
         "text" TEXT NOT NULL,
         "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
         CONSTRAINT "KitNote_pkey" PRIMARY KEY ("id")
       );
       CREATE INDEX "KitNote_kitId_idx" ON "KitNote" ("kitId");
       CREATE UNIQUE INDEX "KitNote_kitId_text_key" ON public."KitNote" ("kitId", "text");
       ALTER TABLE "KitNote" ADD CONSTRAINT "KitNote_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE;
       ALTER TABLE "KitNote" ADD CONSTRAINT "KitNote_text_check" CHECK (length("text") > 0);
       ALTER TABLE "KitNote" ALTER COLUMN "text" SET NOT NULL;`,
    ],
    ["an unquoted new table, named in another case", `CREATE TABLE kit_note (id int); CREATE INDEX ON KIT_NOTE (id);`],
    ["a nullable column", `ALTER TABLE "Kit" ADD COLUMN "guide" TEXT;`],
    [
      "a column with a constant default",
      `ALTER TABLE "Kit" ADD COLUMN "requiresApproval" BOOLEAN NOT NULL DEFAULT false;`,
    ],
    [
      // now() is stable, not volatile: evaluated once for the whole table, no rewrite.
      "a column defaulting to the transaction's time",
      `ALTER TABLE "Kit" ADD COLUMN IF NOT EXISTS "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(), ADD COLUMN "price" numeric(10, 2);`,
    ],
    [
      "a foreign key and a check NOT VALID, validated",
      `ALTER TABLE "Kit" ADD CONSTRAINT "Kit_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") NOT VALID;
       ALTER TABLE "Kit" ADD CONSTRAINT "Kit_guide_not_null" CHECK ("guide" IS NOT NULL) NOT VALID;
       ALTER TABLE "Kit" VALIDATE CONSTRAINT "Kit_themeId_fkey";
       ALTER TABLE "Kit" VALIDATE CONSTRAINT "Kit_guide_not_null";`,
    ],
    [
      "a unique constraint on a prepared index",
      `ALTER TABLE "Kit" ADD CONSTRAINT "Kit_code_key" UNIQUE USING INDEX "Kit_code_idx";`,
    ],
    [
      "what only drops a constraint, a default or NOT NULL, or renames a constraint",
      `ALTER TABLE "Kit" DROP CONSTRAINT "Kit_days_check", ALTER COLUMN "guide" DROP DEFAULT, ALTER COLUMN "guide" DROP NOT NULL;
       ALTER TABLE "Kit" RENAME CONSTRAINT "Kit_a" TO "Kit_b";`,
    ],
    ["a new enum value", `ALTER TYPE "ExchangeMode" ADD VALUE IF NOT EXISTS 'HYBRID';`],
    ["a table created and dropped again", `CREATE TABLE "Scratch" ("id" int); DROP TABLE "Scratch";`],
    [
      "keywords in comments and strings",
      `-- ALTER TABLE "Kit" DROP COLUMN "guide";
       /* VACUUM FULL "Kit"; /* nested */ LOCK TABLE "Kit"; */
       COMMENT ON TABLE "Kit" IS 'never LOCK TABLE "Kit"; or DROP TABLE "Kit"; it''s busy';
       CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $body$ CLUSTER "Kit"; $body$;`,
    ],
  ];
  it.each(good)("passes %s", (_what, up) => {
    expect(lint(up)).toEqual([]);
  });

  it("reads only the Up section: a contract step in Down is fine", () => {
    expect(lint(`ALTER TABLE "Kit" ADD COLUMN "guide" TEXT;`, `ALTER TABLE "Kit" DROP COLUMN "guide";`)).toEqual([]);
  });
});

describe("lintMigration: the escape hatch", () => {
  const up = `ALTER TABLE "Kit" DROP COLUMN "guide";\nCREATE INDEX "Kit_code_idx" ON "Kit" ("code");`;

  it("silences the rule it names for the file, and only that rule", () => {
    const allowed = lint(`-- lint: allow drop-column the code stopped reading "guide" in release 2026.12\n${up}`);
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toContain("allow create-index");
    expect(
      lint(`-- lint: allow drop-column contract step\n-- lint: allow create-index Kit has 300 rows\n${up}`),
    ).toEqual([]);
  });

  it("wants a known rule and a reason", () => {
    expect(lint(`-- lint: allow drop-column\n${up}`)).toEqual(
      expect.arrayContaining([expect.stringContaining("gives no reason")]),
    );
    expect(lint(`-- lint: allow drop-columns contract step\n${up}`)).toEqual(
      expect.arrayContaining([expect.stringContaining("names no rule")]),
    );
    expect(lint(`-- lint: allow toString because\n`)).toEqual([expect.stringContaining("names no rule")]);
  });
});

describe("lintMigration: which files", () => {
  const locking = migration(`CREATE INDEX "Enrolment_status_idx" ON "Enrolment" ("status");`);

  it("leaves the migrations released before the lint alone, up to and including the last one", () => {
    expect(lintMigration(`${LAST_UNLINTED_MIGRATION}_coverage_indexes.sql`, locking)).toEqual([]);
    expect(lintMigration(`${LAST_UNLINTED_MIGRATION + 1}_next.sql`, locking)).toHaveLength(1);
  });

  it("wants a timestamp in the name", () => {
    expect(lintMigration("add_index.sql", locking)).toEqual([expect.stringContaining("timestamp")]);
  });

  it("passes every migration in prisma/migrations", () => {
    const files = readdirSync(migrationsDir).filter((f) => f.endsWith(".sql"));
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((f) => lintMigration(f, readFileSync(path.join(migrationsDir, f), "utf8")));
    expect(problems).toEqual([]);
  });
});

describe("statements", () => {
  it("splits on semicolons outside strings, quoted names, comments and dollar quotes", () => {
    expect(
      statements(`SELECT 'a;b', "odd;name" FROM t; -- c;\n/* d; */ DO $$ BEGIN PERFORM 1; END $$; SELECT 2`),
    ).toEqual([`SELECT '', "odd;name" FROM t`, "DO $$ $$", "SELECT 2"]);
  });
});
