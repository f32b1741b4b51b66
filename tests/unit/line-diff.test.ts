// The playbook history's diff (issue 14): lines kept, added and removed, in order.
import { describe, expect, it } from "vitest";
import { diffCounts, lineDiff } from "@/lib/text/line-diff";

describe("lineDiff", () => {
  it("marks the lines added and removed between two versions, keeping the common ones in order", () => {
    const before = "## Tarkoitus\nJaetaan kokemuksia.\n## Kokoontumiset\nKerran kuussa.";
    const after = "## Tarkoitus\nJaetaan kokemuksia ja ideoita.\n## Kokoontumiset\nKerran kuussa.\nKesällä tauko.";
    expect(lineDiff(before, after)).toEqual([
      { kind: "same", text: "## Tarkoitus" },
      { kind: "removed", text: "Jaetaan kokemuksia." },
      { kind: "added", text: "Jaetaan kokemuksia ja ideoita." },
      { kind: "same", text: "## Kokoontumiset" },
      { kind: "same", text: "Kerran kuussa." },
      { kind: "added", text: "Kesällä tauko." },
    ]);
  });
  it("from nothing, everything is added; to nothing, everything removed; the same text, nothing", () => {
    expect(lineDiff("", "a\nb")).toEqual([
      { kind: "added", text: "a" },
      { kind: "added", text: "b" },
    ]);
    expect(diffCounts(lineDiff("a\nb", ""))).toEqual({ added: 0, removed: 2 });
    expect(diffCounts(lineDiff("a\nb\nc", "a\nb\nc"))).toEqual({ added: 0, removed: 0 });
  });
  it("finds the longest common run rather than the first match", () => {
    const lines = lineDiff("x\na\nb\nc", "a\nb\nc\nx");
    expect(diffCounts(lines)).toEqual({ added: 1, removed: 1 });
    expect(lines.filter((l) => l.kind === "same").map((l) => l.text)).toEqual(["a", "b", "c"]);
  });
});
