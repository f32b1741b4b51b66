// Whether this process has found PostgreSQL unreachable, and when it is back.
// A failed query anywhere (a page, an API call, the session lookup, the health
// check) reports it; from then on the outage gate (lib/http/outage-gate.ts)
// answers pages and API calls with 503 at once instead of letting each one
// fail on its own — or, worse, read a failed session lookup as "signed out".
// While down, a probe (one connection, SELECT 1) runs at most once a second;
// its first success ends the outage. The state lives on globalThis: Next loads
// instrumentation.ts and the app's routes as separate bundles in one process.
import pg from "pg";

export const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

type State = { downSince: number | null; lastProbe: number; probing: boolean };
const KEY = Symbol.for("pike.database.availability");

function state(): State {
  const holder = globalThis as { [KEY]?: State };
  return (holder[KEY] ??= { downSince: null, lastProbe: 0, probing: false });
}

/** A query found the database unreachable. */
export function reportDatabaseUnavailable(now = Date.now()): void {
  const s = state();
  if (s.downSince === null) {
    s.downSince = now;
    // The next check may probe at once: a single refused connection must not hold the gate for a second.
    s.lastProbe = 0;
  }
}

export function reportDatabaseAvailable(): void {
  state().downSince = null;
}

/** Since when (ms epoch) the database has been unreachable, or null. */
export function databaseDownSince(): number | null {
  return state().downSince;
}

/**
 * Still down? Starts a probe when the last one is over a second old (never two
 * at once); answers from the state as it is now, without waiting for it.
 */
export function isDatabaseDown(url: string | undefined, now = Date.now(), probe = probeDatabase): boolean {
  const s = state();
  if (s.downSince === null) return false;
  if (url && !s.probing && now - s.lastProbe >= PROBE_INTERVAL_MS) {
    s.probing = true;
    s.lastProbe = now;
    void probe(url)
      .then((up) => {
        if (up) reportDatabaseAvailable();
      })
      .finally(() => {
        s.probing = false;
      });
  }
  return s.downSince !== null;
}

/** One connection and SELECT 1, each bounded by `timeoutMs`; true when it answered. */
export async function probeDatabase(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: "pike-availability-probe",
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
