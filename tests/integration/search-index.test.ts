// The Finnish full-text index on meeting content stems inflected forms.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

const search = async (table: string, query: string) =>
  (await client.query(`SELECT id FROM "${table}" WHERE "searchVector" @@ plainto_tsquery('finnish', $1)`, [query]))
    .rowCount ?? 0;

describe("Finnish full-text search index", () => {
  it("finds the minutes that say omatoimikirjasto when searching omatoimikirjastoon", async () => {
    expect(await search("AgendaItem", "omatoimikirjastoon")).toBeGreaterThan(0);
    expect(await search("LibraryUpdate", "omatoimikirjastoon")).toBeGreaterThan(0);
  });

  it("does not find what is not there", async () => {
    expect(await search("AgendaItem", "avaruusrakettiasema")).toBe(0);
  });

  it("is served by a GIN index", async () => {
    await client.query("SET enable_seqscan = off");
    const plan = await client.query(
      `EXPLAIN SELECT id FROM "AgendaItem" WHERE "searchVector" @@ plainto_tsquery('finnish', 'kirjasto')`,
    );
    await client.query("SET enable_seqscan = on");
    expect(JSON.stringify(plan.rows)).toMatch(/AgendaItem_searchVector_idx/);
  });
});
