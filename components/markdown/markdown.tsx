// User-written Markdown in a server component: the elements come from the
// server-only renderer (lib/markdown/render.tsx), so no Markdown parser is
// ever shipped to the browser. A client component cannot import this file
// (the build says so); the minutes editor previews through a server action.
import { renderedMarkdown } from "@/lib/markdown/render";
import { MARKDOWN_CLASS, type HeadingLevel } from "@/lib/markdown/rules";

/**
 * `headingLevel`: the level the text's top headings get (the item's own
 * heading + 1). `lang`: the text's language when it may differ from the page's.
 * `breaks`: single line breaks stay line breaks (texts typed into plain boxes).
 */
export function Markdown({
  source,
  headingLevel = 2,
  className = "",
  lang,
  breaks = false,
}: {
  source: string | null | undefined;
  headingLevel?: HeadingLevel;
  className?: string;
  lang?: string;
  breaks?: boolean;
}) {
  if (!source?.trim()) return null;
  return (
    <div lang={lang} className={`${MARKDOWN_CLASS} ${className}`}>
      {renderedMarkdown(source, headingLevel, breaks)}
    </div>
  );
}
