// The front page's job-shadowing round (issue 15 item 1): shown while the
// round takes applications (with the window) or, before that, while libraries
// publish offers (with when applying starts); nothing for a round in neither
// window, or no round.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CurrentExchange } from "@/components/home/current-exchange";
import type { CurrentRound } from "@/lib/exchanges/offers/data";
import { translator } from "@/lib/i18n/translate";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const round: CurrentRound = {
  id: "00000000-0000-4000-8000-000000000001",
  year: 2027,
  title: "Työn varjostus 2027",
  description: null,
  status: "OPEN",
  offerOpensAt: day("2026-11-02"),
  offerClosesAt: day("2026-12-31"),
  applicationOpensAt: day("2027-01-01"),
  applicationClosesAt: day("2027-02-28"),
  visitStartsOn: day("2027-03-15"),
  visitEndsOn: day("2027-05-31"),
  offersOpen: false,
  applicationsOpen: false,
};
const render = (r: CurrentRound | null, locale: "fi" | "en" = "fi") =>
  renderToStaticMarkup(createElement(CurrentExchange, { round: r, t: translator(locale), className: "h" }));

describe("the current round on the front page", () => {
  it("says applications are open, with the window and the way to the offers", () => {
    const html = render({ ...round, applicationsOpen: true });
    expect(html).toContain('aria-labelledby="tyon-varjostus-nyt"');
    expect(html).toContain("Työn varjostus: Työn varjostus 2027");
    expect(html).toContain("Haku on auki 1.1.2027–28.2.2027.");
    expect(html).toContain('href="/tyon-varjostus"');
  });

  it("before that, says offers are being published and when applying starts", () => {
    const html = render({ ...round, offersOpen: true }, "en");
    expect(html).toContain("Libraries are publishing offers until 31.12.2026. Applications open 1.1.2027.");
  });

  it("shows nothing outside both windows, or without a round", () => {
    expect(render(round)).toBe("");
    expect(render(null)).toBe("");
  });
});
