// Rendered Markdown is kept per text (lib/markdown/render-cache.ts): the same
// minutes render once, a new revision renders anew, and the map stays bounded.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderedMarkdown } from "@/lib/markdown/render";
import { BoundedCache, MAX_SOURCE } from "@/lib/markdown/render-cache";

describe("renderedMarkdown", () => {
  it("reuses the rendering of the same text and options, and renders a changed text anew", () => {
    const first = renderedMarkdown("Päätettiin **hyväksyä** budjetti.", 3, false);
    expect(renderedMarkdown("Päätettiin **hyväksyä** budjetti.", 3, false)).toBe(first);
    expect(renderToStaticMarkup(first)).toBe('<p class="max-w-3xl">Päätettiin <strong>hyväksyä</strong> budjetti.</p>');

    const revised = renderedMarkdown("Päätettiin **hylätä** budjetti.", 3, false);
    expect(revised).not.toBe(first);
    expect(renderToStaticMarkup(revised)).toContain("<strong>hylätä</strong>");
  });

  it("keeps the options apart: another heading level or line breaks is another rendering", () => {
    const text = "# Otsikko\nrivi\ntoinen";
    const h2 = renderToStaticMarkup(renderedMarkdown(text, 2, false));
    const h4 = renderToStaticMarkup(renderedMarkdown(text, 4, false));
    const breaks = renderToStaticMarkup(renderedMarkdown(text, 2, true));
    expect(h2).toContain("<h2");
    expect(h4).toContain("<h4");
    expect(h2).not.toContain("<br/>");
    expect(breaks).toContain("<br/>");
  });

  it("does not keep texts longer than MAX_SOURCE", () => {
    const long = "a".repeat(MAX_SOURCE + 1);
    expect(renderedMarkdown(long, 2, false)).not.toBe(renderedMarkdown(long, 2, false));
  });
});

describe("BoundedCache", () => {
  it("holds at most its size, dropping the least recently used", () => {
    const cache = new BoundedCache<number>(2);
    let made = 0;
    const get = (key: string) => cache.getOrMake(key, () => ++made);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(2);
    expect(get("a")).toBe(1); // a is now the most recent
    expect(get("c")).toBe(3); // evicts b
    expect(cache.size).toBe(2);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(4); // made again
  });
});
