// npm test — every check, in order: lint, typecheck, unit, integration, e2e, ops.
// Prints each stage's time as it ends and a table of all of them at the end;
// stops at the first failing stage and exits with its code. Arguments name
// the stages to run (`npm test -- unit integration`); none means all.
import { spawn, type ChildProcess } from "node:child_process";
import { projectRoot } from "./lib/postgres";

const STAGES = [
  { name: "lint", script: "lint" },
  { name: "typecheck", script: "typecheck" },
  { name: "unit", script: "test:unit" },
  { name: "integration", script: "test:integration" },
  { name: "e2e", script: "test:e2e" },
  // After e2e: the drill runs on the build e2e made.
  { name: "ops", script: "ops:drill" },
] as const;

type Outcome = { name: string; seconds?: number; code?: number };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length) {
  console.error(`unknown stage(s): ${unknown.join(", ")}; stages: ${STAGES.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const stages = STAGES.filter((stage) => !wanted.length || wanted.includes(stage.name));

let current: ChildProcess | undefined;
// Ctrl+C reaches the stage's processes by itself; a SIGTERM sent to us alone is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => current?.kill("SIGTERM"));

const npm = process.env.npm_execpath;
function runScript(script: string): Promise<number> {
  return new Promise((resolve) => {
    // Through npm as `npm run <script>` would; npm_execpath is npm's own CLI when npm started us.
    const [command, args] = npm ? [process.execPath, [npm, "run", script]] : ["npm", ["run", script]];
    current = spawn(command, args, { stdio: "inherit", cwd: projectRoot });
    current.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    current.on("error", () => resolve(1));
  });
}

const seconds = (since: number) => Math.round((performance.now() - since) / 1000);
const started = performance.now();
const outcomes: Outcome[] = stages.map((stage) => ({ name: stage.name }));
let status = 0;
for (const [i, stage] of stages.entries()) {
  console.log(`\n=== ${stage.name}: npm run ${stage.script}`);
  const stageStarted = performance.now();
  const code = await runScript(stage.script);
  outcomes[i] = { name: stage.name, seconds: seconds(stageStarted), code };
  console.log(`=== ${stage.name} ${code === 0 ? "passed" : `FAILED (exit ${code})`} (${outcomes[i].seconds} s)`);
  if (code !== 0) {
    status = code;
    break;
  }
}

const width = Math.max(...outcomes.map((o) => o.name.length), "total".length);
const row = (name: string, time: string, result: string) => `  ${name.padEnd(width)}  ${time.padStart(7)}  ${result}`;
console.log(`\n=== npm test: stage times`);
console.log(row("stage", "time", "result"));
for (const o of outcomes) {
  const result = o.code === undefined ? "not run" : o.code === 0 ? "passed" : `FAILED (exit ${o.code})`;
  console.log(row(o.name, o.seconds === undefined ? "-" : `${o.seconds} s`, result));
}
console.log(row("total", `${seconds(started)} s`, status === 0 ? "passed" : "FAILED"));
process.exit(status);
