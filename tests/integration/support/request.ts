// The request an integration test is handling, shared by the test and the
// stubs that stand in for Next's request plumbing (./stub-*.ts). Vitest hoists
// `vi.mock` per test file, so each file still names its stubs itself:
//
//   vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
//   vi.mock("next/headers", () => import("./support/stub-headers"));
//   vi.mock("next/cache", () => import("./support/stub-cache"));
//   vi.mock("next/navigation", () => import("./support/stub-navigation"));
//
// The stubs and the test import this one module, so they see the same state;
// each test file runs in its own module graph, so no state leaks between files.
import type { Actor } from "@/lib/auth/policy";

/** The app's origin as the tests' requests give it. */
export const ORIGIN = "http://127.0.0.1:3000";

/** A form post from the app's own pages: it passes the actions' origin check. */
export const sameOrigin = () => new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });

/** A form post from the app's own pages by a browser that carries this session cookie. */
export const sameOriginWithCookie = (cookie: string) => {
  const headers = sameOrigin();
  headers.set("cookie", cookie);
  return headers;
};

/** A form post from another site: the actions refuse it. */
export const crossOrigin = () => new Headers({ host: "127.0.0.1:3000", origin: "https://evil.example" });

export const request = {
  /**
   * Who is signed in (null: signed out) when request.headers carries no
   * session cookie: stub-auth-config gives the user a real Session row and
   * the app's own getActor() reads it back through its token.
   */
  actor: null as Actor | null,
  /** What headers() answers, and where stub-auth-config finds the session cookie. */
  headers: sameOrigin(),
};

/** What the stubbed redirect() throws, as Next's does, to end the action. */
export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

/** What the stubbed notFound() throws. */
export class NotFound extends Error {
  constructor() {
    super("not found");
  }
}
