// app/global-error.tsx replaces the whole document when a root layout throws:
// it must bring its own <html lang>/<body>, a title, both languages (the
// failed layout would have told which), the error's reference and a retry.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";

const render = (error: unknown) => renderToStaticMarkup(createElement(GlobalError, { error, retry: () => {} }));

describe("the global error page", () => {
  it("is a whole document in Finnish with English marked as such", () => {
    const html = render(Object.assign(new Error("layout failed"), { digest: "1234567" }));
    expect(html).toMatch(
      /^<html lang="fi"><head><title>Jokin meni vikaan – Something went wrong<\/title><\/head><body><main/,
    );
    expect(html).toMatch(/<h1[^>]*>Jokin meni vikaan<\/h1>/);
    expect(html).toMatch(/<div lang="en"[^>]*><h2[^>]*>Something went wrong<\/h2>/);
    expect(html).toContain('role="alert"');
    expect(html).toContain("Virhetunniste: 1234567");
    expect(html).toContain('<span lang="en">Error reference: 1234567</span>');
    expect(html).toMatch(/<button type="button"[^>]*>Yritä uudelleen <span lang="en">\/ Try again<\/span><\/button>/);
    expect(html).not.toContain("layout failed");
  });

  it("shows no reference when the thrown value has none", () => {
    expect(render("a string")).not.toContain("Virhetunniste");
    expect(render(null)).not.toContain("Virhetunniste");
  });
});
