// schema.prisma (the client's view) and the SQL migrations (the database's
// truth) must describe the same tables: this fails when they drift apart.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedColumnType, readPrismaSchema } from "../support/prisma-schema";

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
};

const schema = readPrismaSchema();
/**
 * Tables that only the database writes and only raw SQL reads: the coverage
 * rollups (migration 1734010000000_coverage_rollups, ADR 33) and the feedback
 * report's per session (1734030000000_feedback_rollup), kept by triggers.
 */
const TRIGGER_KEPT = ["CoverageAttendee", "CoverageDay", "CoverageLibraryYear", "CoverageMonth", "FeedbackSession"];
let client: pg.Client;
let columns: Column[];
let tables: string[];

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  columns = (
    await client.query<Column>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable
         FROM information_schema.columns WHERE table_schema = 'public'`,
    )
  ).rows;
  tables = (
    await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )
  ).rows.map((r) => r.table_name);
});
afterAll(async () => {
  await client.end();
});

describe("schema.prisma and the migrated database", () => {
  it("has a table for every model and a model for every table but the trigger-kept ones", () => {
    expect(tables.filter((t) => TRIGGER_KEPT.includes(t)).sort()).toEqual(TRIGGER_KEPT);
    const models = schema.models.map((m) => m.name).sort();
    expect(models.length).toBeGreaterThan(30);
    expect(tables.filter((t) => t !== "pgmigrations" && !TRIGGER_KEPT.includes(t)).sort()).toEqual(models);
  });

  for (const model of schema.models) {
    it(`${model.name}: every field is a column of a compatible type and nullability, and vice versa`, () => {
      const dbColumns = columns.filter((c) => c.table_name === model.name);
      const scalarFields = model.fields.filter((f) => f.kind !== "object");
      expect(dbColumns.map((c) => c.column_name).sort()).toEqual(scalarFields.map((f) => f.name).sort());
      for (const field of scalarFields) {
        const column = dbColumns.find((c) => c.column_name === field.name)!;
        const expected = expectedColumnType(field);
        expect(column.data_type, `${model.name}.${field.name} type`).toBe(expected.dataType);
        if (expected.udtName) expect(column.udt_name, `${model.name}.${field.name} udt`).toBe(expected.udtName);
        expect(column.is_nullable === "YES", `${model.name}.${field.name} nullable`).toBe(field.optional);
      }
    });
  }

  it("has the same enum types and values", async () => {
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname`,
    );
    const inDb = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    expect(inDb).toEqual(Object.fromEntries(schema.enums));
  });

  it("has a foreign key for every relation", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT kcu.table_name, kcu.column_name
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    );
    const fks = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    for (const model of schema.models) {
      for (const field of model.fields.filter((f) => f.relationFields.length)) {
        for (const column of field.relationFields)
          expect(fks, `${model.name}.${column}`).toContain(`${model.name}.${column}`);
      }
    }
  });

  it("keeps the PostgreSQL-only guarantees", async () => {
    const { rows } = await client.query<{ conname: string }>(`SELECT conname FROM pg_constraint`);
    const names = rows.map((r) => r.conname);
    expect(names).toContain("KitReservation_no_overlap");
    expect(names).toContain("TrainingSession_seatsTaken_check");
    const gin = await client.query(
      `SELECT indexname FROM pg_indexes WHERE indexdef ILIKE '%USING gin%' AND indexname LIKE '%searchVector%'`,
    );
    expect(gin.rowCount).toBeGreaterThanOrEqual(5);
  });
});
