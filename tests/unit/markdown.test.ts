// User-written Markdown is rendered to React elements with no way to run
// script: an XSS corpus rendered to static markup must come out inert, while
// ordinary minutes (lists, emphasis, links, tables, headings) render as meant.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown/markdown";
import { safeMarkdownUrl, shiftedHeadingLevels, type HeadingLevel } from "@/lib/markdown/rules";
import { expectInert, XSS_CORPUS } from "../support/xss";

const render = (source: string | null, headingLevel: HeadingLevel = 2) =>
  renderToStaticMarkup(createElement(Markdown, { source, headingLevel }));

describe("Markdown: XSS corpus", () => {
  it.each(XSS_CORPUS)("renders %j inert", (source) => {
    const html = render(source, 3);
    expectInert(html);
    expect(html).not.toMatch(/<(script|iframe|img|svg|math|style|object|embed|form|input|meta|base|details)\b/i);
  });

  it("shows raw HTML as the text that was written", () => {
    const html = render("Tämä <b>ei ole lihavoitu</b> <script>alert(1)</script>");
    expect(html).toContain("&lt;b&gt;ei ole lihavoitu&lt;/b&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<b>");
  });

  it("keeps the text of a refused link as plain text", () => {
    const html = render("Katso [tämä](javascript:alert(1)) ja <vbscript:msgbox(1)>.");
    expect(html).toContain("<span>tämä</span>");
    expect(html).toContain("<span>vbscript:msgbox(1)</span>");
    expect(html).not.toContain("<a");
  });

  it("loads no image: a safe image becomes a link to it, an unsafe one its alt text", () => {
    expect(render("![Kaavio](https://kirjasto.example/kaavio.png)")).toContain(
      '<a href="https://kirjasto.example/kaavio.png" rel="nofollow noopener noreferrer">Kaavio</a>',
    );
    const html = render("![Kaavio](data:image/png;base64,AAAA)");
    expect(html).toContain("<span>Kaavio</span>");
    expect(html).not.toContain("href");
  });
});

describe("Markdown: ordinary minutes", () => {
  it("renders nothing for empty text", () => {
    expect(render(null)).toBe("");
    expect(render("  \n\n ")).toBe("");
  });

  it("renders paragraphs, emphasis, strong and strikethrough", () => {
    const html = render("Ensimmäinen *kappale* ja **tärkeä** ~~poistettu~~.\n\nToinen kappale.");
    expect(html).toContain("<em>kappale</em>");
    expect(html).toContain("<strong>tärkeä</strong>");
    expect(html).toContain("<del>poistettu</del>");
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  it("renders bulleted and numbered lists, keeping a list's start number", () => {
    const html = render("- yksi\n- kaksi\n\n3. kolmas\n4. neljäs");
    expect(html).toMatch(/<ul[^>]*>\s*<li>yksi<\/li>\s*<li>kaksi<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol class="[^"]*" start="3">\s*<li>kolmas<\/li>/);
  });

  it("renders http(s) and mailto links, autolinks and bare web addresses", () => {
    const html = render(
      "[Blogi](https://akepike.example/blogi) <https://pike.example> www.tampere.fi [Posti](mailto:pike@tampere.fi)",
    );
    expect(html).toContain('<a href="https://akepike.example/blogi" rel="nofollow noopener noreferrer">Blogi</a>');
    expect(html).toContain('href="https://pike.example/"');
    expect(html).toContain('<a href="http://www.tampere.fi/" rel="nofollow noopener noreferrer">www.tampere.fi</a>');
    expect(html).toContain('href="mailto:pike@tampere.fi"');
    expectInert(html);
  });

  it("shifts headings to fit under the item heading, never skipping a level", () => {
    const levels = (html: string) => [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    expect(levels(render("# Otsikko\n\n## Ala\n\n### Alin", 4))).toEqual([4, 5, 6]);
    expect(levels(render("### Vain kolmostaso\n\n#### ja sen alle", 3))).toEqual([3, 4]);
    expect(levels(render("# Pää\n\n#### Hyppy\n\n## Takaisin", 2))).toEqual([2, 3, 3]);
    expect(levels(render("# a\n\n## b\n\n### c", 5))).toEqual([5, 6, 6]);
    expect(render("# Otsikko", 4)).not.toMatch(/<h[1-3]/);
  });

  it("renders GFM tables with column headers and no inline styles", () => {
    const html = render("| Kirjasto | Kävijät |\n|:--|--:|\n| Muurame | 1 200 |");
    expect(html).toContain('<th scope="col"');
    expect(html).toMatch(/<td[^>]*>Muurame<\/td>/);
    expect(html).not.toContain("style=");
    // Columns share the width and long words wrap: no sideways scrolling at 320 px, so no scroll region to name.
    expect(html).toMatch(/<table class="[^"]*\btable-fixed\b[^"]*\[overflow-wrap:anywhere\]/);
  });

  it("shows task lists and footnotes as written, with no form controls or page-wide ids", () => {
    const html = render("- [ ] avoin\n- [x] tehty\n\nTeksti[^1]\n\n[^1]: Alaviite.");
    expect(html).toContain("☐");
    expect(html).toContain("☑");
    expect(html).toContain("Teksti[^1]");
    expect(html).toContain("[^1]: Alaviite.");
    expect(html).not.toMatch(/<(input|section|sup)\b|\sid=/);
  });

  it("keeps code as text", () => {
    const html = render("Komento `npm test` ja\n\n```\n<b>koodi</b>\n```");
    expect(html).toContain("npm test</code>");
    expect(html).toContain("&lt;b&gt;koodi&lt;/b&gt;");
  });
});

describe("Markdown with breaks: texts typed into plain boxes", () => {
  const renderBreaks = (source: string) => renderToStaticMarkup(createElement(Markdown, { source, breaks: true }));

  it("keeps a single line break as <br> and blank lines as paragraphs", () => {
    const html = renderBreaks("Budjetti: 400 000 €\nSäästöjä haetaan\n\nUusi kappale");
    expect(html).toMatch(/<p class="max-w-3xl">Budjetti: 400 000 €<br\/>\s*Säästöjä haetaan<\/p>/);
    expect(html).toContain('<p class="max-w-3xl">Uusi kappale</p>');
  });

  it("joins the lines without it, as Markdown does", () => {
    expect(render("yksi\nkaksi")).not.toContain("<br");
  });

  it("leaves code blocks' line breaks alone and still renders lists", () => {
    const html = renderBreaks("```\na\nb\n```\n\n- eka\n- toka");
    expect(html).toContain("a\nb");
    expect(html).not.toMatch(/a<br/);
    expect(html).toContain("<li>eka</li>");
  });
});

describe("safeMarkdownUrl", () => {
  it.each([
    ["https://kirjasto.example/a?b=1#c", "https://kirjasto.example/a?b=1#c"],
    ["HTTP://Kirjasto.Example", "http://kirjasto.example/"],
    ["mailto:pike@tampere.fi", "mailto:pike@tampere.fi"],
    ["  https://x.example  ", "https://x.example/"],
  ])("keeps %j", (url, expected) => {
    expect(safeMarkdownUrl(url)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "tel:+358401234567",
    "/kokoukset",
    "#kohta-1",
    "//evil.example/",
    "https://",
    "",
  ])("refuses %j", (url) => {
    expect(safeMarkdownUrl(url)).toBeNull();
  });
});

describe("shiftedHeadingLevels", () => {
  it("maps the top depth to the base and follows without gaps, up to 6", () => {
    expect(shiftedHeadingLevels([], 3)).toEqual([]);
    expect(shiftedHeadingLevels([1, 2, 2, 3], 3)).toEqual([3, 4, 4, 5]);
    expect(shiftedHeadingLevels([2, 4, 3], 2)).toEqual([2, 3, 3]);
    expect(shiftedHeadingLevels([1, 2, 3, 4, 5, 6], 4)).toEqual([4, 5, 6, 6, 6, 6]);
    // A deeper heading before the top one still starts at the base.
    expect(shiftedHeadingLevels([3, 1], 4)).toEqual([4, 4]);
  });
});
