// Works around a Next.js bug until its fix is released (vercel/next.js#94745,
// fix in PR #95917): started with a loopback address (`next start -H
// 127.0.0.1`, as the tests, the bench and a server behind nginx are), Next
// compares proxy.ts's rewrites with the address as given while it has already
// written them with "localhost", takes every rewrite for an external one and
// proxies it over HTTP to localhost — which fails, or loops. The members'
// audience pages are proxy.ts rewrites (ADR 23). The patch makes that one
// comparison (rewrites and redirects of the proxy) see the loopback address as
// "localhost" too, as Next's own URL class does. Run by `postinstall`;
// idempotent; tests/unit/next-patch.test.ts fails if it no longer applies.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const PATCH_MARK = "/* pike: loopback as localhost (next.js#94745) */";
const LOOPBACK = String.raw`.replace(/^(https?:\/\/)(?:127(?:\.\d{1,3}){3}|\[::1\])(?=[:/])/, "$1localhost")`;

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve("next/package.json"));
export const PATCHED_FILES = [
  "dist/server/lib/router-utils/resolve-routes.js",
  "dist/esm/server/lib/router-utils/resolve-routes.js",
].map((file) => path.join(nextDir, file));

export function patchSource(source: string): string | null {
  if (source.includes(PATCH_MARK)) return source;
  const pattern = /getRelativeURL\)?\(value, initUrl\)/g;
  if (!pattern.test(source)) return null;
  return source.replace(pattern, (call) => call.replace("initUrl)", `initUrl${LOOPBACK} ${PATCH_MARK})`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of PATCHED_FILES) {
    const patched = patchSource(readFileSync(file, "utf8"));
    if (patched === null) {
      console.warn(`patch-next: ${path.relative(process.cwd(), file)} has changed; the loopback patch did not apply`);
      continue;
    }
    writeFileSync(file, patched);
  }
}
