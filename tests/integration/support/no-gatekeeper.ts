// The permission matrices call route handlers and actions directly: what they
// show is the data layer's own checking. This keeps it that way: no
// middleware, and the one proxy.ts (ADR 23) only routes members' pages to
// their audience's cached copy — it signs nobody in or out and refuses
// nothing but its own internal /nakyma addresses (404).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The middleware/proxy files in the project, and the refusals proxy.ts can give. */
export function gatekeepers(): { files: string[]; refusals: string[] } {
  const candidates = ["", "src/", "app/"].flatMap((dir) =>
    ["middleware", "proxy"].flatMap((name) => ["ts", "tsx", "js", "mjs", "cjs"].map((ext) => `${dir}${name}.${ext}`)),
  );
  const files = candidates.filter((file) => existsSync(path.join(ROOT, file)));
  const proxy = files.includes("proxy.ts") ? readFileSync(path.join(ROOT, "proxy.ts"), "utf8") : "";
  const refusals = [...proxy.matchAll(/redirect\(|status:\s*\d{3}/g)].map((m) => m[0].replace(/\s+/g, " "));
  return { files, refusals };
}
