// What a 20 MB material upload costs the server in memory. Uploads a PDF-like
// file (valid magic bytes, random body) to a meeting's materials form the way
// a browser does, and samples the server process's RSS (/proc/<pid>/status)
// every 10 ms from just before the request until shortly after its answer.
//
// Two ways in, as browsers send them (UPLOAD_BENCH_MODE):
//  - "fetch" (default): the JavaScript form. React encodes the action's
//    arguments as multipart (`0` = the arguments, `_1_<field>` = the form) and
//    POSTs them with the `Next-Action` header; Next parses the body with busboy.
//  - "form": the same form without JavaScript, a plain multipart POST carrying
//    the `$ACTION_…` hidden fields; Next parses it with undici's formData().
//
// runUploadBench() needs a running server and the cookie of a user who may
// manage meetings (a coordinator or admin): it picks a meeting whose materials
// can still change from /api/meetings and reads the form from its materials page.
//
// Standalone: `npx tsx bench/upload.ts` builds (unless BENCH_SKIP_BUILD=1),
// starts `next start` on a fresh seeded database (BENCH_UPLOAD_PORT, 3500) and
// runs it; or, with UPLOAD_BENCH_BASE and UPLOAD_BENCH_COOKIE (and optionally
// UPLOAD_BENCH_PID), measures a server that is already running.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { pathToFileURL } from "node:url";

export type UploadBenchResult = {
  rssBeforeMb: number;
  rssPeakMb: number;
  deltaMb: number;
  uploadMs: number;
  /** The same 20 MB file downloaded right after: the server's RSS growth and the time. */
  downloadDeltaMb: number;
  downloadMs: number;
};

const FILE_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;

export async function runUploadBench(
  base: string,
  cookie: string,
  log: (line: string) => void,
  serverPid?: number,
): Promise<UploadBenchResult> {
  const pid = serverPid ?? pidListeningOn(Number(new URL(base).port || 80));
  if (!pid) throw new Error(`upload bench: no process found listening on ${base}; pass serverPid`);
  const mode = process.env.UPLOAD_BENCH_MODE === "form" ? "form" : "fetch";
  const target = await uploadForm(base, cookie);
  log(`upload bench: server pid ${pid}, ${mode} action, meeting ${target.meetingId}`);

  // Warm up the action's code path with a tiny file, so the figures are the file's, not the first call's.
  const linksBefore = new Set(await fileLinks(base, cookie, target));
  await upload(base, cookie, target, mode, pdfLike(4096), "lammittely.pdf");
  await new Promise((r) => setTimeout(r, 500));

  const file = pdfLike(FILE_BYTES);
  const up = await sampled(pid, () => upload(base, cookie, target, mode, file, "Mittaus 20 MB.pdf"));
  const added = (await fileLinks(base, cookie, target)).filter((link) => !linksBefore.has(link));
  if (added.length !== 2) throw new Error(`upload bench: ${added.length} of the 2 uploads were saved`);
  log(
    `upload bench: 20 MB up in ${up.ms} ms; server RSS ${mbOf(up.before)} → peak ${mbOf(up.peak)} MB (+${mbOf(up.peak - up.before)} MB)`,
  );

  // The same file back, read as fast as this client can: what a download holds in the server.
  let contentLength: string | null = null;
  const down = await sampled(pid, async () => {
    const sizes: number[] = [];
    for (const link of added) {
      const res = await fetch(`${base}${link}`, { headers: { cookie } });
      let received = 0;
      const reader = res.body!.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) received += r.value.byteLength;
      sizes.push(received);
      if (received === FILE_BYTES) contentLength = res.headers.get("content-length");
    }
    if (!sizes.includes(FILE_BYTES))
      throw new Error(`upload bench: downloads of ${sizes.join(", ")} bytes, none of 20 MB`);
  });
  if (contentLength !== String(FILE_BYTES)) log(`upload bench: the download's Content-Length was ${contentLength}`);
  log(
    `upload bench: 20 MB down in ${down.ms} ms; server RSS ${mbOf(down.before)} → peak ${mbOf(down.peak)} MB (+${mbOf(down.peak - down.before)} MB)`,
  );

  return {
    rssBeforeMb: mbOf(up.before),
    rssPeakMb: mbOf(up.peak),
    deltaMb: mbOf(up.peak - up.before),
    uploadMs: up.ms,
    downloadDeltaMb: mbOf(down.peak - down.before),
    downloadMs: down.ms,
  };
}

/** Runs `work` while sampling the server's RSS every 10 ms, and 300 ms after (buffers freed late still count). */
async function sampled(pid: number, work: () => Promise<void>) {
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 10);
  const started = performance.now();
  let ms: number;
  try {
    await work();
  } finally {
    ms = Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 300));
    clearInterval(sampler);
  }
  return { before, peak: Math.max(peak, rssOf(pid)), ms };
}

const mbOf = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

type UploadTarget = { meetingId: string; pagePath: string; hidden: [string, string][]; actionId: string | null };

/** The first file form on a materials page the cookie's user may manage. */
async function uploadForm(base: string, cookie: string): Promise<UploadTarget> {
  const res = await fetch(`${base}/api/meetings`, { headers: { cookie } });
  if (!res.ok) throw new Error(`upload bench: /api/meetings answered ${res.status}`);
  const { meetings } = (await res.json()) as { meetings: { id: string; status: string }[] };
  for (const meeting of meetings.filter((m) => m.status !== "MINUTES_APPROVED")) {
    const pagePath = `/kokoukset/${meeting.id}/materiaalit`;
    const page = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: "manual" });
    if (page.status !== 200) continue;
    // React gives every form with a server action a multipart enctype; the file form is the one with a file input.
    const form = [...(await page.text()).matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)].find((f) =>
      /<input\b[^>]*type="file"/.test(f[1]!),
    );
    if (!form) continue;
    const hidden: [string, string][] = [];
    for (const input of form[1]!.matchAll(/<input\b[^>]*>/g)) {
      const attrs = Object.fromEntries(
        [...input[0].matchAll(/([\w$:-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), decodeEntities(a[2]!)]),
      );
      if (attrs.type === "hidden" && attrs.name) hidden.push([attrs.name, attrs.value ?? ""]);
    }
    // Without JavaScript the action is named by `$ACTION_ID_<id>`, or by `$ACTION_<n>:0` = {"id": …} when bound.
    const plain = hidden.find(([name]) => name.startsWith("$ACTION_ID_"));
    const ref = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
    const actionId = plain
      ? plain[0].slice("$ACTION_ID_".length)
      : ref
        ? ((JSON.parse(ref[1]) as { id?: string }).id ?? null)
        : null;
    return { meetingId: meeting.id, pagePath, hidden, actionId };
  }
  throw new Error("upload bench: no meeting whose materials this cookie may change (a coordinator's cookie is needed)");
}

async function upload(
  base: string,
  cookie: string,
  target: UploadTarget,
  mode: "fetch" | "form",
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
) {
  const file = new File([bytes], name, { type: "application/pdf" });
  const fields = target.hidden.filter(([key]) => !key.startsWith("$ACTION"));
  const body = new FormData();
  const headers: Record<string, string> = { cookie, origin: base };
  if (mode === "fetch") {
    if (!target.actionId) throw new Error(`upload bench: the form carries no action id:`);
    // React's encodeReply of (prevState, formData): the FormData's entries under the prefix "_1_".
    for (const [key, value] of fields) body.append(`_1_${key}`, value);
    body.append("_1_title", "");
    body.append("_1_visibility", "MEETING");
    body.append("_1_file", file);
    body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
    headers["next-action"] = target.actionId;
    headers.accept = "text/x-component";
  } else {
    for (const [key, value] of target.hidden) body.append(key, value);
    body.append("title", "");
    body.append("visibility", "MEETING");
    body.append("file", file);
  }
  const res = await fetch(`${base}${target.pagePath}`, { method: "POST", headers, body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`upload bench: the upload answered HTTP ${res.status}`);
}

/** The files the materials page links to, in page order: one more after each saved upload. */
async function fileLinks(base: string, cookie: string, target: UploadTarget): Promise<string[]> {
  const page = await fetch(`${base}${target.pagePath}`, { headers: { cookie } });
  return [...(await page.text()).matchAll(/href="(\/api\/materials\/[0-9a-f-]{36})"/g)].map((m) => m[1]!);
}

/** A PDF by its magic bytes, of exactly `size` bytes. */
function pdfLike(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const head = new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
  const tail = new TextEncoder().encode("\n%%EOF\n");
  bytes.set(randomBytes(size), 0);
  bytes.set(head, 0);
  bytes.set(tail, size - tail.length);
  return bytes;
}

/** Resident set size of a process, in bytes. */
function rssOf(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!line) throw new Error(`upload bench: no RSS for pid ${pid}`);
  return Number(line[1]) * 1024;
}

/** The process that holds the listening socket on `port` (Linux: /proc/net/tcp*, then each process's fds). */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const row of text.split("\n").slice(1)) {
      const cols = row.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== "0A") continue; // 0A = LISTEN
      if (parseInt(cols[1]!.split(":")[1]!, 16) === port) inodes.add(cols[9]!);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      } catch {
        /* gone meanwhile */
      }
    }
  }
  return null;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

// ───────────── standalone ─────────────

async function main() {
  const log = (line: string) => console.log(`[bench] ${line}`);
  const base = process.env.UPLOAD_BENCH_BASE;
  if (base) {
    const cookie = process.env.UPLOAD_BENCH_COOKIE;
    if (!cookie) throw new Error("UPLOAD_BENCH_COOKIE is needed with UPLOAD_BENCH_BASE");
    const pid = process.env.UPLOAD_BENCH_PID ? Number(process.env.UPLOAD_BENCH_PID) : undefined;
    console.log(JSON.stringify(await runUploadBench(base, cookie, log, pid)));
    return;
  }
  const { spawn, spawnSync } = await import("node:child_process");
  const path = await import("node:path");
  const pg = (await import("pg")).default;
  const { createPrismaClient } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/prisma/seed");
  const { freshTestDatabase } = await import("@/scripts/lib/database");
  const { migrate } = await import("@/scripts/lib/migrate");
  const { dropDatabase, projectRoot } = await import("@/scripts/lib/postgres");

  const port = Number(process.env.BENCH_UPLOAD_PORT ?? 3500);
  const url = `http://127.0.0.1:${port}`;
  const { server, url: databaseUrl } = await freshTestDatabase(log, "pike_upload_bench");
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await migrate(databaseUrl);
    const db = createPrismaClient(databaseUrl, { max: 2 });
    await seedDemoData(db);
    await db.$disconnect();
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      log("next build");
      const next = path.join(projectRoot, "node_modules/next/dist/bin/next");
      if (spawnSync(process.execPath, [next, "build"], { stdio: "inherit", cwd: projectRoot }).status !== 0) {
        throw new Error("next build failed");
      }
    }
    app = spawn(
      process.execPath,
      [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: projectRoot,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: randomBytes(24).toString("hex"),
          LOG_LEVEL: "warn",
        },
      },
    );
    await waitFor(`${url}/api/health`);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const token = randomBytes(32).toString("hex");
    try {
      const { rowCount } = await client.query(
        `INSERT INTO "Session" ("sessionToken", "userId", expires)
         SELECT $1, id, now() + interval '1 day' FROM "User" WHERE 'COORDINATOR' = ANY(roles) ORDER BY email LIMIT 1`,
        [token],
      );
      if (rowCount !== 1) throw new Error("no coordinator in the seeded data");
    } finally {
      await client.end();
    }
    const result = await runUploadBench(url, `authjs.session-token=${token}`, log, pidListeningOn(port) ?? app.pid);
    console.log(JSON.stringify(result));
  } finally {
    app?.kill("SIGTERM");
    await dropDatabase(databaseUrl).catch(() => undefined);
    await server.stop();
  }
}

async function waitFor(target: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${target} did not come up`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
