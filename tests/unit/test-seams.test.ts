// Test-only seams in production code are named, and only their one test
// may name them: production code that set one would switch a guard off.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { enrolTestSeam } from "@/lib/enrolments/mutations";

const root = path.resolve(import.meta.dirname, "../..");

/** Each seam, the file that defines it, and the tests that may use it. */
const SEAMS = [
  {
    name: "enrolTestSeam",
    definedIn: "lib/enrolments/mutations.ts",
    usedBy: ["tests/integration/enrolment-concurrency.test.ts", "tests/unit/test-seams.test.ts"],
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (["node_modules", "generated", ".next", ".data", ".git"].includes(entry)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(entry) ? [path.relative(root, full)] : [];
  });
}

const files = ["app", "components", "lib", "scripts", "prisma", "bench", "tests"].flatMap((dir) =>
  sourceFiles(path.join(root, dir)),
);

describe("test-only seams", () => {
  for (const seam of SEAMS) {
    it(`${seam.name} is named only where it is defined and by its tests`, () => {
      const naming = files.filter((file) => readFileSync(path.join(root, file), "utf8").includes(seam.name));
      expect(naming.sort()).toEqual([seam.definedIn, ...seam.usedBy].sort());
    });
  }

  it("enrolTestSeam starts with the lock on and nothing paused", () => {
    expect(enrolTestSeam).toEqual({ advisoryLock: true, pause: null });
  });
});
