// Tag invalidation times shared by every app process through PostgreSQL
// (table "CacheTag", prisma/migrations/1733300000000_cache_tags.sql).
//
// Each process answers from a local map, so reading costs no query. One
// dedicated connection per process LISTENs on `cache_tags`; a write upserts
// the rows and NOTIFYs the new values in the same statement. After every
// (re)connect the whole table is read again, so a notification lost while the
// connection was down costs at most that gap. While the listener is down,
// `refresh()` re-reads the table at most once per `pollMs`. When the database
// cannot be reached the store keeps working locally: this process sees its own
// invalidations, the others catch up when they reconnect.
//
// pg directly, not Prisma: Next imports the cache handler by itself, outside
// the app's bundle and its React tree.
import pg from "pg";
import { redactUrl } from "../log/redact.ts";
import { invalidatedTimes, type TagTimes } from "./rules.ts";

export const CHANNEL = "cache_tags";

// A NOTIFY payload must stay under 8000 bytes; a bigger change says "reload".
const MAX_PAYLOAD = 7900;

/** Upserts tag times ($1 tags, $2 staleAt, $3 expiredAt) and tells every process (also used outside Next: lib/cache/mutations.ts). */
export const UPSERT_TAGS_SQL = `
WITH up AS (
  INSERT INTO "CacheTag" ("tag", "staleAt", "expiredAt", "updatedAt")
  SELECT t, $2::timestamptz, $3::timestamptz, CURRENT_TIMESTAMP FROM unnest($1::text[]) AS t
  ON CONFLICT ("tag") DO UPDATE SET
    "staleAt" = COALESCE(EXCLUDED."staleAt", "CacheTag"."staleAt"),
    "expiredAt" = COALESCE(EXCLUDED."expiredAt", "CacheTag"."expiredAt"),
    "updatedAt" = CURRENT_TIMESTAMP
  RETURNING "tag", "staleAt", "expiredAt"
), payload AS (
  SELECT json_build_object('tags', json_agg(json_build_array(
    "tag",
    round(extract(epoch FROM "staleAt") * 1000)::bigint,
    round(extract(epoch FROM "expiredAt") * 1000)::bigint
  )))::text AS j FROM up
)
SELECT pg_notify('${CHANNEL}', CASE WHEN octet_length(j) <= ${MAX_PAYLOAD} THEN j ELSE '{"reload":true}' END) FROM payload`;

const READ_ALL = `SELECT "tag", "staleAt", "expiredAt" FROM "CacheTag"`;

type Row = { tag: string; staleAt: Date | null; expiredAt: Date | null };
type Payload = { tags?: [string, number | null, number | null][]; reload?: boolean };

export type TagStoreOptions = {
  /** PostgreSQL URL; undefined = local only (no database configured). */
  url: string | undefined;
  /** First reconnect delay; doubles up to maxBackoffMs. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** While the listener is down, refresh() re-reads the table at most this often. */
  pollMs?: number;
  connectTimeoutMs?: number;
  warn?: (message: string, fields?: Record<string, unknown>) => void;
  /** Told of every tag time learnt from the database (notifications and re-reads). */
  onRemoteChange?: (tag: string, times: TagTimes) => void;
};

export type TagStore = ReturnType<typeof createTagStore>;

export function createTagStore(options: TagStoreOptions) {
  const { url } = options;
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const pollMs = options.pollMs ?? 1_000;
  const connectTimeout = options.connectTimeoutMs ?? 3_000;
  const warn =
    options.warn ??
    ((message: string, fields?: Record<string, unknown>) =>
      console.warn(
        JSON.stringify({ level: "warn", app: "pike-portaali", component: "cache-tags", msg: message, ...fields }),
      ));
  const where = url ? redactUrl(url) : undefined;

  const times = new Map<string, TagTimes>();
  let listener: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let backoff = minBackoff;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPoll = 0;
  let polling: Promise<void> | undefined;
  // Notifications that arrive while the table is being read are applied at
  // once and again after the read, in order, so an older snapshot never wins.
  const reads = new Set<Payload[]>();
  let connects = 0;
  let reportedDown = false;

  function newClient(): pg.Client {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: connectTimeout,
      keepAlive: true,
      application_name: "pike-cache-tags",
    });
    client.on("error", () => {}); // handled where the client is used; never an uncaught error
    return client;
  }

  function setRow(tag: string, stale: number | null, expired: number | null) {
    const next: TagTimes = {};
    if (stale !== null) next.stale = stale;
    if (expired !== null) next.expired = expired;
    times.set(tag, next);
    options.onRemoteChange?.(tag, next);
  }

  function applyRows(rows: Row[]) {
    for (const row of rows) setRow(row.tag, row.staleAt?.getTime() ?? null, row.expiredAt?.getTime() ?? null);
  }

  function applyPayload(payload: Payload): boolean {
    if (payload.reload) return false;
    for (const [tag, stale, expired] of payload.tags ?? []) setRow(tag, stale, expired);
    return true;
  }

  async function readAll(client: pg.Client) {
    const arrived: Payload[] = [];
    reads.add(arrived);
    try {
      const { rows } = await client.query<Row>(READ_ALL);
      applyRows(rows);
      for (const payload of arrived) applyPayload(payload);
    } finally {
      reads.delete(arrived);
    }
  }

  function onNotification(message: pg.Notification) {
    if (message.channel !== CHANNEL || !message.payload) return;
    let payload: Payload;
    try {
      payload = JSON.parse(message.payload) as Payload;
    } catch {
      return;
    }
    for (const arrived of reads) arrived.push(payload);
    if (!applyPayload(payload) && listener) void readAll(listener).catch(() => listener?.end());
  }

  function scheduleReconnect() {
    if (closed || reconnectTimer) return;
    const delay = backoff;
    backoff = Math.min(maxBackoff, backoff * 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, delay);
    reconnectTimer.unref();
  }

  function dropListener(client: pg.Client, reason: string) {
    if (listener !== client) return;
    listener = undefined;
    if (listening) warn("cache tag listener lost; reconnecting", { database: where, reason });
    listening = false;
    client.removeAllListeners("notification");
    void client.end().catch(() => {});
    scheduleReconnect();
  }

  async function connect() {
    if (closed || !url || listener) return;
    const client = newClient();
    listener = client;
    client.on("error", (error: Error) => dropListener(client, error.message));
    client.on("end", () => dropListener(client, "connection ended"));
    client.on("notification", onNotification);
    try {
      await client.connect();
      // The connection must never keep a process (next build's workers, a script) alive.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      await client.query(`LISTEN ${CHANNEL}`);
      await readAll(client);
      if (closed || listener !== client) return;
      listening = true;
      connects += 1;
      lastPoll = Date.now();
      backoff = minBackoff;
      reportedDown = false;
    } catch (error) {
      if (!reportedDown) {
        reportedDown = true;
        warn("cache tags: database unreachable, invalidations stay in this process until it is back", {
          database: where,
          reason: (error as Error).message,
        });
      }
      dropListener(client, (error as Error).message);
    }
  }

  async function poll() {
    const client = newClient();
    try {
      await client.connect();
      await readAll(client);
    } catch {
      // Still down: the reconnect loop reports and retries.
    } finally {
      await client.end().catch(() => {});
    }
  }

  // Writes share the listener's connection one at a time: pg queues overlapping
  // queries on one client itself, but that is deprecated (pg 9 removes it).
  let writes: Promise<unknown> = Promise.resolve();
  function write(tags: string[], stale: number | undefined, expired: number | undefined): Promise<void> {
    const next = writes.then(() => writeNow(tags, stale, expired));
    writes = next.catch(() => {});
    return next;
  }

  async function writeNow(tags: string[], stale: number | undefined, expired: number | undefined) {
    const sql = [tags, stale === undefined ? null : new Date(stale), expired === undefined ? null : new Date(expired)];
    if (listener && listening) {
      await listener.query(UPSERT_TAGS_SQL, sql);
      return;
    }
    const client = newClient();
    try {
      await client.connect();
      await client.query(UPSERT_TAGS_SQL, sql);
    } finally {
      await client.end().catch(() => {});
    }
  }

  const ready = url ? connect() : Promise.resolve();

  return {
    /** Resolves after the first connection attempt (and table read) succeeded or failed. */
    ready,

    /** Whether this process currently hears the others' invalidations. */
    get listening() {
      return listening;
    },

    /** How many times the listener has connected (and read the table). */
    get connects() {
      return connects;
    },

    get(tag: string): TagTimes | undefined {
      return times.get(tag);
    },

    /** Cheap when listening; otherwise re-reads the table at most once per pollMs. */
    async refresh(): Promise<void> {
      if (!url || listening || closed) return;
      if (polling) return polling;
      if (Date.now() - lastPoll < pollMs) return;
      lastPoll = Date.now();
      polling = poll().finally(() => {
        polling = undefined;
      });
      return polling;
    },

    /** Invalidates the tags here at once, then in the table and the other processes. Never throws. */
    async invalidate(tags: string[], now: number, durations?: { expire?: number }): Promise<void> {
      const unique = [...new Set(tags)].filter((tag) => tag.length > 0);
      if (unique.length === 0) return;
      for (const tag of unique) times.set(tag, invalidatedTimes(times.get(tag), now, durations));
      if (!url) return;
      // The same for every tag: stale/expired set now, the other left as it was.
      const change = invalidatedTimes(undefined, now, durations);
      try {
        await write(unique, change.stale, change.expired);
      } catch (error) {
        warn("cache tags: could not share an invalidation; other processes see it after their next re-read", {
          database: where,
          tags: unique.slice(0, 20),
          reason: (error as Error).message,
        });
      }
    },

    /** For tests: drops the listener as a network failure would (it reconnects). */
    breakListener(): void {
      if (listener) dropListener(listener, "broken on purpose");
    },

    async close(): Promise<void> {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      const client = listener;
      listener = undefined;
      listening = false;
      if (client) {
        client.removeAllListeners("notification");
        await client.end().catch(() => {});
      }
    },
  };
}
