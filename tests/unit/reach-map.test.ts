// The coverage map (issue 16): the committed boundaries hold the 45
// municipalities of both regions, each drawn as a closed path; the SVG is
// named by its title and description, every municipality carries its figure,
// and no contact is hatched as well as pale, with a legend.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReachMap, type ReachLevel } from "@/components/coverage/reach-map";
import { municipalityMap } from "@/lib/coverage/map";

const LEGEND = { none: "Ei yhteyttä", low: "Vähän", medium: "Jonkin verran", high: "Paljon" };

describe("the municipalities' geometry", () => {
  it("has both regions' 45 municipalities, each a closed path inside the box", () => {
    const map = municipalityMap();
    expect(map.shapes).toHaveLength(45);
    expect(map.shapes.filter((s) => s.region === "PIRKANMAA")).toHaveLength(23);
    expect(map.shapes.filter((s) => s.region === "KESKI_SUOMI")).toHaveLength(22);
    expect(map.shapes.map((s) => s.name)).toEqual(expect.arrayContaining(["Tampere", "Jyväskylä", "Kuhmoinen"]));
    for (const shape of map.shapes) {
      expect(shape.path, shape.name).toMatch(/^(M[0-9.]+,[0-9.]+(L[0-9.]+,[0-9.]+)+Z)+$/);
      const numbers = shape.path.match(/[0-9.]+/g)!.map(Number);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height) + 0.1);
    }
  });
});

describe("the reach map", () => {
  const html = renderToStaticMarkup(
    createElement(ReachMap, {
      id: "kartta",
      title: "Tavoitetut kunnat 2027",
      description: "Kunnat sävytettyinä osallistujien määrän mukaan.",
      reach: new Map<string, { level: ReachLevel; label: string }>([
        ["Tampere", { level: "high", label: "Tampere: 120 osallistujaa" }],
        ["Muurame", { level: "low", label: "Muurame: 2 osallistujaa" }],
      ]),
      legend: LEGEND,
    }),
  );

  it("is an image named by its title and description", () => {
    expect(html).toMatch(/<svg[^>]* role="img"[^>]* aria-labelledby="kartta-otsikko kartta-kuvaus"/);
    expect(html).toContain('<title id="kartta-otsikko">Tavoitetut kunnat 2027</title>');
    expect(html).toContain('<desc id="kartta-kuvaus">Kunnat sävytettyinä osallistujien määrän mukaan.</desc>');
    expect(html).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it("gives every municipality its figure; those without contact are hatched and say so", () => {
    expect(html.match(/<path d="M[^"]*" fill="[^"]*" fill-rule="evenodd"/g)).toHaveLength(45);
    expect(html).toContain("<title>Tampere: 120 osallistujaa</title>");
    expect(html).toContain("<title>Nokia: Ei yhteyttä</title>");
    expect(html.match(/fill="url\(#kartta-ei-yhteytta\)"/g)!.length).toBe(45 - 2 + 1); // 43 municipalities + the legend
    for (const text of Object.values(LEGEND)) expect(html).toContain(`>${text}</text>`);
    expect(html).toContain("CC BY 4.0");
  });
});
