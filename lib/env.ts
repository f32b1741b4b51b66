// The only reader of process.env. Everything else imports `env` (or calls
// readEnv() in scripts, which may set DATABASE_URL before they import the app).
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by Next while it builds (phase-production-build): the build has no database. */
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_URL: z.url().optional(),
  /** The app's public address, for links in mails the worker sends (it has no request to read it from). */
  APP_URL: z.url().optional(),
  SMTP_URL: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("PiKe-portaali <noreply@pike-portaali.local>"),
  DEMO_MODE: flag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Behind a trusted reverse proxy: read X-Forwarded-Host and -Proto (lib/http/forwarded.ts). */
  TRUST_PROXY: flag,
  FEEDBACK_EMAIL: z.email().default("saavutettavuus@pike-portaali.fi"),
  /** The controller named in the privacy notice: the organisation that runs the region's development library. */
  ORGANISATION_NAME: z
    .string()
    .trim()
    .min(2)
    .default("Tampereen kaupunki / Tampereen kaupunginkirjasto (Pirkanmaan alueellinen kehittämiskirjasto)"),
  /** The controller's postal address or other contact, as one line. */
  ORGANISATION_CONTACT: z.string().trim().min(2).default("Pirkankatu 2, 33210 Tampere"),
  /** Where people send data-protection requests (access, rectification, erasure, ...). */
  PRIVACY_CONTACT_EMAIL: z.email().default("tietosuoja@pike-portaali.fi"),
  /** The bearer token Prometheus scrapes GET /api/metrics with; unset, that address answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const fields = Object.entries(z.flattenError(parsed.error).fieldErrors)
      .map(([k, v]) => `${k}: ${(v ?? []).join(", ")}`)
      .join("; ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment of this process, read once. */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. `npm run dev` and `npm test` start an embedded PostgreSQL and set it; `npm start` needs it.",
    );
  }
  return url;
}

/** Exposes env mutation to scripts that start a database first. */
export function setEnvForScripts(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
  cached = undefined;
}
