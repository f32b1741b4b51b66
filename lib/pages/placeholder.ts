/**
 * What generateStaticParams gives a cached page's dynamic segments: Cache
 * Components needs one value to validate the route at build, and the build
 * has no database. Never a real slug, id or locale; such a path is not found.
 * See app/[locale]/layout.tsx and ADR 17.
 */
export const BUILD_PLACEHOLDER = "_";
