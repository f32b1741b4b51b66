// The rate limits' client key: the address the proxy in front added (the last
// one), never one the client wrote into X-Forwarded-For itself.
import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/http/client";

const key = (headers: Record<string, string>) => clientKey(new Headers(headers));

describe("clientKey", () => {
  it("is the address nginx set ($remote_addr) or appended ($proxy_add_x_forwarded_for)", () => {
    expect(key({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(key({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).toBe("203.0.113.7");
  });

  it("ignores addresses a client wrote itself, so a new one per request gets no new key", () => {
    const spoofed = ["10.0.0.1", "10.0.0.2", "10.0.0.3"].map((fake) =>
      key({ "x-forwarded-for": `${fake}, 203.0.113.7` }),
    );
    expect(new Set(spoofed)).toEqual(new Set(["203.0.113.7"]));
  });

  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(key({ "x-real-ip": "203.0.113.9" })).toBe("203.0.113.9");
    expect(key({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(key({})).toBe("unknown");
  });
});
