// A production-shaped cluster on loopback: N `next start` instances and M job
// workers on one PostgreSQL, behind nginx with docs/deploy/nginx.conf, and a
// test SMTP server catching the mails. The database is a private embedded
// PostgreSQL on a fixed port, so a drill can stop it and start it again.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { startSmtpServer } from "@/tests/support/smtp";
import { freePort } from "../../lib/database";
import { migrate } from "../../lib/migrate";
import { createDatabaseIfMissing, projectRoot, startEmbeddedPostgres, type DatabaseServer } from "../../lib/postgres";
import { startNginx, type Nginx } from "./nginx";

export type ClusterOptions = {
  instances: number;
  workers: number;
  /** nginx's port; 0 = a free one. */
  port?: number;
  /** The secret of Auth.js, shared by every instance and worker. */
  authSecret: string;
  log: (line: string) => void;
};

type Member = { name: string; port?: number; process: ChildProcess; exited: Promise<number | null> };

const MAX_LOG_LINES = Number(process.env.OPS_LOG_LINES ?? 8);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `url` answers `status` (default 200) or the time runs out. */
export async function waitFor(url: string, timeoutMs = 60_000, status = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === status) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
}

export async function ensureBuild(log: (line: string) => void) {
  if (existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) return;
  log("no production build in .next: next build");
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      cwd: projectRoot,
    }).on("exit", resolve),
  );
  if (code !== 0) throw new Error("next build failed");
}

export async function startCluster(options: ClusterOptions) {
  const { log } = options;
  await ensureBuild(log);

  // ---- the database ------------------------------------------------------
  const dataDir = path.join(projectRoot, ".data", "postgres-ops", String(process.pid));
  rmSync(dataDir, { recursive: true, force: true });
  const dbPort = await freePort();
  const postgresLog = (line: string) => {
    if (
      /FATAL|PANIC/.test(line) &&
      !/administrator command|the database system is (shutting down|starting up)/.test(line)
    )
      log(`postgres: ${line}`);
  };
  let db: DatabaseServer = await startEmbeddedPostgres({ dataDir, port: dbPort, log: postgresLog });
  const databaseUrl = db.url("pike_ops");
  await createDatabaseIfMissing(databaseUrl);
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  await seedDemoData(prisma);
  await prisma.$disconnect();

  // ---- mail ---------------------------------------------------------------
  const mailDir = path.join(projectRoot, ".data", "ops-mail", String(process.pid));
  rmSync(mailDir, { recursive: true, force: true });
  const smtp = await startSmtpServer(mailDir);

  // ---- nginx and the instances ---------------------------------------------
  const nginxPort = options.port || (await freePort());
  const url = `http://127.0.0.1:${nginxPort}`;
  const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
  const shared = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: options.authSecret,
    APP_URL: url,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    EMAIL_FROM: "PiKe-portaali <noreply@pike-portaali.test>",
    LOG_LEVEL: "warn",
    DEMO_MODE: "0",
  };

  // A database outage makes every instance log each failed request: the first lines of each
  // process are shown, the rest only counted (their full text is in no file; rerun ops:cluster).
  const watch = (name: string, child: ChildProcess, port?: number): Member => {
    let lines = 0;
    const prefix = (chunk: unknown) =>
      String(chunk)
        .split("\n")
        .filter((line) => line.trim() && !/^\s*(▲|-|✓) /.test(line))
        .forEach((line) => {
          lines += 1;
          if (lines <= MAX_LOG_LINES) log(`${name}: ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
          else if (lines === MAX_LOG_LINES + 1) log(`${name}: (further lines not shown)`);
        });
    child.stdout?.on("data", prefix);
    child.stderr?.on("data", prefix);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    return { name, port, process: child, exited };
  };

  const startInstance = async (index: number): Promise<Member> => {
    const port = ports[index]!;
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
      { cwd: projectRoot, env: { ...shared, TRUST_PROXY: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const member = watch(`app@${port}`, child, port);
    await waitFor(`http://127.0.0.1:${port}/api/health`);
    return member;
  };

  let workerCount = 0;
  const startWorker = (): Member => {
    const name = `worker-${++workerCount}`;
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"],
      { cwd: projectRoot, env: shared, stdio: ["ignore", "pipe", "pipe"] },
    );
    return watch(name, child);
  };

  const instances: Member[] = [];
  for (let i = 0; i < options.instances; i++) instances.push(await startInstance(i));
  const workers: Member[] = Array.from({ length: options.workers }, () => startWorker());
  const nginxDir = path.join(projectRoot, ".data", "ops-nginx", String(process.pid));
  rmSync(nginxDir, { recursive: true, force: true });
  const nginx: Nginx = await startNginx({ listenPort: nginxPort, upstreamPorts: ports, dir: nginxDir, log });
  await waitFor(`${url}/api/health`);

  /** SIGTERM, wait for the process to drain and exit (or kill it after `graceMs`); its exit code. */
  const stop = async (member: Member, graceMs = 30_000): Promise<number | null> => {
    if (member.process.exitCode !== null) return member.process.exitCode;
    member.process.kill("SIGTERM");
    const timer = setTimeout(() => member.process.kill("SIGKILL"), graceMs);
    const code = await member.exited;
    clearTimeout(timer);
    return code;
  };

  return {
    url,
    ports,
    databaseUrl,
    mailDir,
    nginx,
    instances,
    workers,
    /** The rolling restart's step: stop instance `index` gracefully, start its successor on the same port. */
    restartInstance: async (index: number) => {
      const code = await stop(instances[index]!);
      instances[index] = await startInstance(index);
      return code;
    },
    restartWorker: async (index: number) => {
      const code = await stop(workers[index]!);
      workers[index] = startWorker();
      return code;
    },
    stopDatabase: async () => {
      await db.stop();
    },
    startDatabase: async () => {
      db = await startEmbeddedPostgres({ dataDir, port: dbPort, log: postgresLog });
    },
    stop: async () => {
      await nginx.stop().catch(() => {});
      await Promise.all([...instances, ...workers].map((member) => stop(member, 10_000)));
      await smtp.close();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
