import { afterEach, describe, expect, it } from "vitest";
import { setEnvForScripts } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/origin";
import { requestOrigin } from "@/lib/http/origin-url";

const h = (init: Record<string, string>) => new Headers(init);

describe("origin check for mutating requests", () => {
  it("accepts a same-origin browser request", () => {
    expect(isSameOrigin(h({ origin: "https://pike.example", host: "pike.example" }))).toBe(true);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin", host: "pike.example" }))).toBe(true);
  });

  it("refuses cross-site requests", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "pike.example" }))).toBe(false);
    expect(
      isSameOrigin(h({ origin: "https://pike.example", host: "pike.example", "sec-fetch-site": "cross-site" })),
    ).toBe(false);
    expect(isSameOrigin(h({ origin: "https://pike.example.evil.example", host: "pike.example" }))).toBe(false);
  });

  it("refuses origin-less requests", () => {
    expect(isSameOrigin(h({ host: "pike.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "pike.example" }))).toBe(false);
  });
});

describe("forwarded host and protocol", () => {
  const trustProxy = (value: string) => setEnvForScripts({ TRUST_PROXY: value });
  afterEach(() => trustProxy(""));

  const forged = { origin: "https://evil.example", host: "pike.example", "x-forwarded-host": "evil.example" };

  it("are ignored without TRUST_PROXY: anyone could send them", () => {
    trustProxy("");
    expect(isSameOrigin(h(forged))).toBe(false);
    const request = new Request("http://pike.example/api/locale", {
      headers: { host: "pike.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    });
    expect(requestOrigin(request)).toBe("http://pike.example");
  });

  it("name the browser's address behind a trusted proxy", () => {
    trustProxy("1");
    const viaProxy = { origin: "https://pike.example", host: "127.0.0.1:3000", "x-forwarded-host": "pike.example" };
    expect(isSameOrigin(h(viaProxy))).toBe(true);
    const request = new Request("http://127.0.0.1:3000/api/locale", {
      headers: { host: "127.0.0.1:3000", "x-forwarded-host": "pike.example", "x-forwarded-proto": "https" },
    });
    expect(requestOrigin(request)).toBe("https://pike.example");
  });
});
