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

  it("finds the one row whose text has the word, in another inflection, and loses it when the text changes", async () => {
    // Inside a transaction that is rolled back: the seed and other tests never see these rows.
    await client.query("BEGIN");
    try {
      const {
        rows: [meeting],
      } = await client.query<{ id: string }>(
        `INSERT INTO "Meeting" (title, "startsAt", "endsAt", "updatedAt")
         VALUES ('Hakuindeksin testi', now(), now() + interval '1 hour', now()) RETURNING id`,
      );
      const item = async (position: number, minutes: string) =>
        (
          await client.query<{ id: string }>(
            `INSERT INTO "AgendaItem" ("meetingId", position, title, minutes, "updatedAt")
             VALUES ($1, $2, 'Talousarvio', $3, now()) RETURNING id`,
            [meeting!.id, position, minutes],
          )
        ).rows[0]!.id;
      const withWord = await item(1, "Keskusteltiin kirjastoautojen reiteistä.");
      const without = await item(2, "Keskusteltiin kirjaston aukioloajoista.");
      const found = async (query: string) =>
        (
          await client.query<{ id: string }>(
            `SELECT id FROM "AgendaItem"
             WHERE "meetingId" = $1 AND "searchVector" @@ plainto_tsquery('finnish', $2) ORDER BY position`,
            [meeting!.id, query],
          )
        ).rows.map((r) => r.id);

      expect(await found("kirjastoauto")).toEqual([withWord]);
      expect(await found("kirjastoautoon")).toEqual([withWord]);
      expect(await found("aukioloajat")).toEqual([without]);
      // Both words must be there: plainto_tsquery ANDs them.
      expect(await found("kirjastoauto aukioloajat")).toEqual([]);
      // The title is indexed as well as the minutes.
      expect(await found("talousarviosta")).toEqual([withWord, without]);

      // The generated column follows an edit: the old word goes, the new one comes.
      await client.query(`UPDATE "AgendaItem" SET minutes = 'Keskusteltiin aukioloajoista.' WHERE id = $1`, [withWord]);
      expect(await found("kirjastoauto")).toEqual([]);
      expect(await found("aukioloajat")).toEqual([withWord, without]);
    } finally {
      await client.query("ROLLBACK");
    }
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
