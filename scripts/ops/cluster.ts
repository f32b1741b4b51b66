// npm run ops:cluster [-- --instances N --workers M --port P] — the production
// shape on this machine: N `next start` instances (default 2) and M job
// workers (default 1) on one fresh embedded PostgreSQL with the demo data,
// behind nginx configured by docs/deploy/nginx.conf, mails caught by a test
// SMTP server. Runs until Ctrl+C. Needs nginx (Debian: nginx-light) and a
// build in .next (made when missing). The drills: npm run ops:drill.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { startCluster } from "./lib/cluster";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "2" },
    workers: { type: "string", default: "1" },
    port: { type: "string", default: "8080" },
  },
});
const count = (name: string, value: string, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
};

const log = (line: string) => console.log(`[ops] ${line}`);
const cluster = await startCluster({
  instances: count("instances", values.instances, 1),
  workers: count("workers", values.workers, 0),
  port: count("port", values.port, 0),
  authSecret: randomBytes(32).toString("hex"),
  log,
});
log(`nginx: ${cluster.url} (config: ${cluster.nginx.dir}/site.conf, access log: ${cluster.nginx.dir}/access.log)`);
log(`instances: ${cluster.ports.map((p) => `http://127.0.0.1:${p}`).join(", ")}; workers: ${cluster.workers.length}`);
log(`database: ${cluster.databaseUrl}; mails: ${cluster.mailDir}`);
log("Ctrl+C stops everything");

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  log("stopping");
  await cluster.stop();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
