import { Markdown } from "@/components/markdown/markdown";
import type { PageView } from "@/lib/pages/data";

/**
 * The PiKe vision: paragraphs written as "> …" are the vision statement itself
 * and become a blockquote; the rest is its background.
 */
export function Vision({ page }: { page: PageView }) {
  const paragraphs = page.body.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  const isQuote = (p: string) => p.trim().startsWith(">");
  const quote = paragraphs
    .filter(isQuote)
    .map((p) => p.replace(/^\s*>\s?/gm, "").trim())
    .filter(Boolean);
  const rest = paragraphs.filter((p) => !isQuote(p)).join("\n\n");
  return (
    <section aria-labelledby="visio" className="mb-8 rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="visio" className="mb-2 text-xl font-bold text-brand-900">
        {page.title}
      </h2>
      {quote.length > 0 ? (
        <blockquote className="mb-3 space-y-2 text-lg font-semibold text-brand-900">
          {quote.map((text, index) => (
            <p key={index} className="max-w-3xl">
              {text}
            </p>
          ))}
        </blockquote>
      ) : null}
      <Markdown breaks source={rest} headingLevel={3} />
    </section>
  );
}
