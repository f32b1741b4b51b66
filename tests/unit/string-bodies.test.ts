import { createServer, request, ServerResponse, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeStringBodies } from "@/lib/http/string-bodies";

const PAGE = `<p>Kokous 12.9.2023 klo 13.00–15.00 … ✓ äö</p>`.repeat(200);

let handler: RequestListener = () => {};
const server = createServer((req, res) => handler(req, res));
let base = "";
beforeAll(async () => {
  encodeStringBodies();
  encodeStringBodies(); // twice: installed once
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(): Promise<{ body: Buffer; length: string | undefined }> {
  return new Promise((resolve, reject) => {
    request(base, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ body: Buffer.concat(chunks), length: res.headers["content-length"] }));
    })
      .on("error", reject)
      .end();
  });
}

describe("string response bodies are written as UTF-8 bytes", () => {
  it("is installed on ServerResponse once", () => {
    const prototype = ServerResponse.prototype as unknown as Record<string, unknown>;
    const end = prototype.end;
    encodeStringBodies();
    expect(prototype.end).toBe(end);
  });

  it("sends the same bytes for a long page with characters outside Latin-1, with its Content-Length", async () => {
    handler = (_req, res) => {
      res.setHeader("content-length", Buffer.byteLength(PAGE));
      res.end(PAGE);
    };
    const { body, length } = await get();
    expect(body.toString("utf8")).toBe(PAGE);
    expect(Number(length)).toBe(body.length);
  });

  it("keeps each call form: end(chunk, encoding, callback), end(chunk, callback), write() then end()", async () => {
    const called: string[] = [];
    handler = (_req, res) => {
      res.write(PAGE, "utf8", () => called.push("write"));
      res.write("lyhyt – ");
      res.end(Buffer.from(PAGE, "utf8").toString("latin1"), "latin1", () => called.push("end"));
    };
    const { body } = await get();
    expect(body.toString("utf8")).toBe(`${PAGE}lyhyt – ${PAGE}`);
    expect(called).toEqual(["write", "end"]);

    handler = (_req, res) => res.end(PAGE, () => called.push("end2"));
    expect((await get()).body.toString("utf8")).toBe(PAGE);
    expect(called).toContain("end2");
  });
});
