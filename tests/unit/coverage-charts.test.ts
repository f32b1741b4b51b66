// The coverage charts (issue 16 item 2): each SVG is well-formed XML, named
// by its title and description, free of NaN when everything is zero, and
// stands beside a table with the same figures; bars are proportional, a
// missing value is a gap in the line, and labels are escaped.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, type BarItem } from "@/components/coverage/bar-chart";
import { niceTicks, TrendChart, type TrendSeries } from "@/components/coverage/trend-chart";

const TRICKY = `Kunta <b> & "Oy" 'x'`;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Throws unless the markup is well-formed XML: one root, balanced tags, quoted attributes, escaped text. */
function assertWellFormed(xml: string) {
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|[^<]+/y;
  const stack: string[] = [];
  let roots = 0;
  for (let at = 0; at < xml.length;) {
    token.lastIndex = at;
    const match = token.exec(xml);
    if (!match) throw new Error(`not XML at ${at}: ${xml.slice(at, at + 40)}`);
    const [whole, closing, name, attributes, selfClosing] = match;
    const text = name ? (attributes ?? "").replace(/\s+[\w:-]+="/g, "").replace(/"/g, "") : whole;
    for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) throw new Error(`bare & in ${text}`);
    }
    if (name) {
      const names = [...(attributes ?? "").matchAll(/([\w:-]+)="/g)].map((m) => m[1]);
      if (new Set(names).size !== names.length) throw new Error(`repeated attribute in <${name}>`);
      if (closing) {
        if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open`);
      } else {
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(name);
      }
    } else if (stack.length === 0 && whole.trim()) throw new Error("text outside the root");
    at += whole.length;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("><")}>`);
  if (roots !== 1) throw new Error(`${roots} roots`);
}

const svgOf = (html: string) => html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);
const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
/** The table's body rows as decoded cell texts, the row header first. */
const tableRows = (html: string) =>
  [...html.slice(html.indexOf("<tbody")).matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => decode(cell[1]!)),
  );

function expectNamedImage(html: string, id: string, title: string, description: string) {
  const svg = svgOf(html);
  expect(() => assertWellFormed(svg)).not.toThrow();
  expect(svg).toMatch(/^<svg[^>]* role="img"/);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  const ids = svg.match(/aria-labelledby="([^"]*)"/)![1]!.split(" ");
  expect(ids).toEqual([`${id}-otsikko`, `${id}-kuvaus`]);
  expect(decode(svg.match(new RegExp(`<title id="${ids[0]}">(.*?)</title>`))![1]!)).toBe(title);
  expect(decode(svg.match(new RegExp(`<desc id="${ids[1]}">(.*?)</desc>`))![1]!)).toBe(description);
  expect(html).not.toMatch(/NaN|Infinity|undefined/);
}

describe("the well-formedness check", () => {
  it("catches what a browser's XML parser would reject", () => {
    expect(() => assertWellFormed('<svg a="1"><g><title>x &amp; y</title></g><rect/></svg>')).not.toThrow();
    for (const bad of ["<svg><g></svg>", "<svg>a & b</svg>", '<svg a="1" a="2"></svg>', "<svg></svg><svg></svg>"])
      expect(() => assertWellFormed(bad), bad).toThrow();
  });
});

describe("the bar chart", () => {
  const render = (items: BarItem[], note?: string) =>
    renderToStaticMarkup(
      createElement(BarChart, {
        id: "palkit",
        title: `Osallistujat ${TRICKY}`,
        description: "Osallistujat kunnittain.",
        items,
        caption: "Osallistujat kunnittain",
        headings: { label: "Kunta", value: "Osallistujia", note },
        formatValue: (n) => n.toLocaleString("fi-FI"),
      }),
    );
  const items: BarItem[] = [
    { label: "Tampere", value: 1200 },
    { label: TRICKY, value: 600 },
    { label: "Muurame", value: 300 },
    { label: "Kuhmoinen", value: 0, note: "ei yhteyttä" },
  ];
  const html = render(items, "Huomio");

  it("is a well-formed image named by its title and description", () => {
    expectNamedImage(html, "palkit", `Osallistujat ${TRICKY}`, "Osallistujat kunnittain.");
  });

  it("draws bars in proportion to the largest, each ending in its figure and note as text", () => {
    const widths = [...svgOf(html).matchAll(/<rect[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths.map((w) => w / widths[0]!)).toEqual([1, 0.5, 0.25, 0]);
    expect(html).toContain(">1\u00a0200</text>");
    expect(html).toContain(">0 · ei yhteyttä</text>");
  });

  it("puts every item's figure in the table, with its note in a column of its own", () => {
    expect(html).toMatch(/<caption[^>]*>Osallistujat kunnittain<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(tableRows(html)).toEqual([
      ["Tampere", "1\u00a0200", ""],
      [TRICKY, "600", ""],
      ["Muurame", "300", ""],
      ["Kuhmoinen", "0", "ei yhteyttä"],
    ]);
    expect(tableRows(render(items))[3]).toEqual(["Kuhmoinen", "0 · ei yhteyttä"]);
  });

  it("escapes labels everywhere", () => {
    expect(html).not.toContain(TRICKY);
    expect(html).toContain("Kunta &lt;b&gt; &amp; &quot;Oy&quot; &#x27;x&#x27;");
  });

  it("survives all zeros and no items, growing with the number of items", () => {
    const zeros = render(items.map((item) => ({ ...item, value: 0 })));
    expectNamedImage(zeros, "palkit", `Osallistujat ${TRICKY}`, "Osallistujat kunnittain.");
    expect(zeros.match(/<rect[^>]* width="0"/g)).toHaveLength(4);
    expectNamedImage(render([]), "palkit", `Osallistujat ${TRICKY}`, "Osallistujat kunnittain.");
    const height = (markup: string) => Number(markup.match(/viewBox="0 0 \d+ (\d+)"/)![1]);
    expect(height(render(items))).toBeGreaterThan(height(render(items.slice(0, 2))));
  });
});

describe("the trend chart", () => {
  const render = (periods: string[], series: TrendSeries[]) =>
    renderToStaticMarkup(
      createElement(TrendChart, {
        id: "trendi",
        title: "Tapahtumat vuosittain",
        description: `Tapahtumat ja osallistujat ${TRICKY}.`,
        periods,
        series,
        caption: "Tapahtumat vuosittain",
        periodHeading: "Vuosi",
        missing: "ei tietoa",
      }),
    );
  const years = ["2021", "2022", "2023", "2024", "2025"];
  const html = render(years, [
    { label: "Tapahtumat", values: [69, 72, null, 80, 90] },
    { label: TRICKY, values: [10, 20] },
  ]);

  it("is a well-formed image named by its title and description", () => {
    expectNamedImage(html, "trendi", "Tapahtumat vuosittain", `Tapahtumat ja osallistujat ${TRICKY}.`);
    expect(html).not.toContain(TRICKY);
  });

  it("breaks the line at a missing value and ends a shorter series early", () => {
    const lines = [...svgOf(html).matchAll(/<path d="([^"]*)" fill="none"/g)].map((m) => m[1]!);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.match(/[ML]/g)).toEqual(["M", "L", "M", "L"]);
    expect(lines[1]!.match(/[ML]/g)).toEqual(["M", "L"]);
    expect(html.match(/<title>Tapahtumat, /g)).toHaveLength(4);
    expect(html).toContain("<title>Tapahtumat, 2025: 90</title>");
    expect(html).not.toContain("<title>Tapahtumat, 2023");
  });

  it("tells the series apart by dash and marker as well as colour, with a text legend", () => {
    expect(html).toMatch(/<path d="M0,0H36" stroke-width="2"><\/path><circle/);
    expect(html).toMatch(/<path d="M0,0H36" stroke-width="2" stroke-dasharray="8 4"><\/path><rect/);
    expect(html).toContain('stroke="none">Tapahtumat</text>');
  });

  it("puts every figure in the table, periods as rows and series as columns", () => {
    expect(html.match(/<th scope="col"[^>]*>(.*?)<\/th>/g)!.map((th) => decode(th.replace(/<[^>]*>/g, "")))).toEqual([
      "Vuosi",
      "Tapahtumat",
      TRICKY,
    ]);
    expect(tableRows(html)).toEqual([
      ["2021", "69", "10"],
      ["2022", "72", "20"],
      ["2023", "ei tietoa", "ei tietoa"],
      ["2024", "80", "ei tietoa"],
      ["2025", "90", "ei tietoa"],
    ]);
  });

  it("labels a y axis from 0 to a round maximum in 3 to 5 steps", () => {
    expect(niceTicks([69, 72, 80, 90])).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks([2751])).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks([7])).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks([0.7])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks([0, 0])).toEqual([0, 1, 2, 3]);
    for (const tick of [0, 20, 40, 60, 80, 100]) expect(html).toContain(`text-anchor="end">${tick}</text>`);
  });

  it("survives a single year, all zeros and no series", () => {
    const single = render(["2025"], [{ label: "Tapahtumat", values: [0] }]);
    expectNamedImage(single, "trendi", "Tapahtumat vuosittain", `Tapahtumat ja osallistujat ${TRICKY}.`);
    expect(single).toContain("<title>Tapahtumat, 2025: 0</title>");
    expect(single).not.toMatch(/fill="none"/);
    const zeros = render(years, [{ label: "Tapahtumat", values: [0, 0, 0, 0, 0] }]);
    expectNamedImage(zeros, "trendi", "Tapahtumat vuosittain", `Tapahtumat ja osallistujat ${TRICKY}.`);
    expect(tableRows(zeros).map((row) => row[1])).toEqual(["0", "0", "0", "0", "0"]);
    expectNamedImage(render([], []), "trendi", "Tapahtumat vuosittain", `Tapahtumat ja osallistujat ${TRICKY}.`);
  });
});
