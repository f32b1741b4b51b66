// nginx in front of the cluster, configured by docs/deploy/nginx.conf itself:
// the file an operator installs is read and changed only where a loopback
// test must differ (each change must match exactly once, so an edit of the
// guide that moves them fails here rather than testing another file).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../lib/postgres";

export const NGINX_CONF = path.join(projectRoot, "docs", "deploy", "nginx.conf");

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

type Replacement = { what: string; pattern: RegExp; by: string };

/** The guide's site file with the loopback differences: port, upstream list, no TLS, logs in `dir`. */
export function siteConfig(options: { listenPort: number; upstreamPorts: number[]; dir: string }): string {
  const { listenPort, upstreamPorts, dir } = options;
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join("\n");
  const replacements: Replacement[] = [
    {
      what: "the upstream's servers",
      pattern: /(?: {4}server 127\.0\.0\.1:\d+ max_fails=3 fail_timeout=10s;\n)+/,
      by: `${servers}\n`,
    },
    // The port-80 server only redirects to https and answers ACME challenges.
    { what: "the redirecting server", pattern: /server \{\n {4}listen 80;[\s\S]*?\n\}\n\n/, by: "" },
    {
      what: "the TLS listen lines",
      pattern: / {4}listen 443 ssl http2;\n {4}listen \[::\]:443 ssl http2;\n/,
      by: `    listen 127.0.0.1:${listenPort};\n`,
    },
    { what: "the certificate lines", pattern: /(?: {4}ssl_[a-z_]+ +[^\n]+;\n)+/, by: "" },
    {
      what: "the log paths",
      pattern:
        /access_log \/var\/log\/nginx\/pike\.access\.log pike;\n {4}error_log {2}\/var\/log\/nginx\/pike\.error\.log;/,
      by: `access_log ${dir}/access.log pike;\n    error_log  ${dir}/error.log;`,
    },
  ];
  let text = readFileSync(NGINX_CONF, "utf8");
  for (const { what, pattern, by } of replacements) {
    const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
    if (matches !== 1) throw new Error(`${NGINX_CONF}: ${what} matched ${matches} times, expected once`);
    text = text.replace(pattern, by);
  }
  return text;
}

/** The main nginx.conf around the site, as Debian's includes sites-enabled/* in http { }. */
function mainConfig(dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${dir}/${name};`;
  return [
    "daemon off;",
    "master_process on;",
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    // Running as root (CI), the workers would otherwise be nobody and could not write the temp folders.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "events { worker_connections 1024; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  sendfile on;",
    `  ${temp("client_body")}`,
    `  ${temp("proxy")}`,
    `  ${temp("fastcgi")}`,
    `  ${temp("uwsgi")}`,
    `  ${temp("scgi")}`,
    `  include ${dir}/site.conf;`,
    "}",
    "",
  ].join("\n");
}

export type Nginx = { url: string; dir: string; process: ChildProcess; stop: () => Promise<void> };

export async function startNginx(options: {
  listenPort: number;
  upstreamPorts: number[];
  dir: string;
  log: (line: string) => void;
}): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (Debian: apt-get install nginx-light)");
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "site.conf"), siteConfig(options));
  writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir));
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf")];
  await new Promise<void>((resolve, reject) => {
    const check = spawn(binary, ["-t", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let output = "";
    check.stderr.on("data", (chunk) => (output += String(chunk)));
    check.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`nginx -t failed:\n${output}`))));
  });
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (chunk) => options.log(`nginx: ${String(chunk).trim()}`));
  const url = `http://127.0.0.1:${options.listenPort}`;
  return {
    url,
    dir,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    },
  };
}
