import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactUrl } from "@/lib/log";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { lines, logger: createLogger({ level: "info", destination }) };
}

describe("structured logs", () => {
  it("are JSON lines with a level and a message", () => {
    const { lines, logger } = capture();
    logger.info({ userId: "u1" }, "signed in");
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "info", msg: "signed in", userId: "u1", app: "pike-portaali" });
  });

  it("never contain tokens, cookies, authorization headers or the database URL", () => {
    const { lines, logger } = capture();
    const secret = "s3cr3t-value-that-must-not-leak";
    logger.info(
      {
        token: secret,
        url: `http://x/kirjaudu/vahvista?token=${secret}`,
        headers: { cookie: `authjs.session-token=${secret}`, authorization: `Bearer ${secret}` },
        request: { headers: { cookie: secret } },
        DATABASE_URL: `postgresql://postgres:${secret}@db/pike`,
        sessionToken: secret,
        password: secret,
      },
      "request",
    );
    expect(lines.join("")).not.toContain(secret);
    expect(lines.join("")).toContain("[redacted]");
  });

  it("strip credentials and queries from URLs", () => {
    expect(redactUrl("postgresql://postgres:secret@127.0.0.1:5432/pike?sslmode=require")).toBe(
      "postgresql://127.0.0.1:5432/pike",
    );
    expect(redactUrl("not a url")).toBe("[unparseable url]");
  });
});
