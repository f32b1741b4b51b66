import { Fragment, type ReactNode } from "react";

// Long texts from the database are plain text with a little Markdown habit:
// blank lines between paragraphs, "# "/"## " headings, "- " list items and
// **bold**. Everything is rendered as React text, never as HTML.

type Level = 2 | 3 | 4 | 5 | 6;

type Block =
  | { kind: "heading"; depth: number; text: string; level?: Level }
  | { kind: "list"; items: string[] }
  | { kind: "paragraph"; lines: string[] };

const HEADING = /^(#{1,6})\s+(.+)$/;
const LIST_ITEM = /^[-*]\s+(.+)$/;

function parse(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", depth: heading[1]!.length, text: heading[2]!.trim() });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (current?.kind !== "list") {
        flush();
        current = { kind: "list", items: [] };
      }
      current.items.push(item[1]!);
      continue;
    }
    if (current?.kind !== "paragraph") {
      flush();
      current = { kind: "paragraph", lines: [] };
    }
    current.lines.push(line);
  }
  flush();
  return blocks;
}

/**
 * The text's top headings get `base`; deeper ones follow but never skip a
 * level, so the text fits under the page's own headings.
 */
function assignLevels(blocks: Block[], base: Level): Block[] {
  const depths = blocks.flatMap((block) => (block.kind === "heading" ? [block.depth] : []));
  const topDepth = depths.length ? Math.min(...depths) : 1;
  let previous = base - 1;
  return blocks.map((block) => {
    if (block.kind !== "heading") return block;
    const level = Math.min(base + block.depth - topDepth, previous + 1, 6) as Level;
    previous = level;
    return { ...block, level };
  });
}

/** **bold** spans as <strong>; the rest stays plain text. */
function inline(text: string): ReactNode[] {
  return text
    .split(/\*\*(.+?)\*\*/g)
    .map((part, index) =>
      index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>,
    );
}

const headingStyles: Record<Level, string> = {
  2: "mt-6 mb-2 text-xl font-bold text-brand-900",
  3: "mt-5 mb-2 text-lg font-bold text-brand-900",
  4: "mt-4 mb-1 font-bold text-brand-900",
  5: "mt-3 mb-1 font-semibold",
  6: "mt-3 mb-1 font-semibold",
};

/** `headingLevel`: the level of the text's top headings (2 under the h1, 3 under an h2). */
export function TextBlocks({
  text,
  headingLevel = 2,
  className = "",
  lang,
}: {
  text: string | null | undefined;
  headingLevel?: Level;
  className?: string;
  /** The text's language when it may differ from the page's (content is written in Finnish). */
  lang?: string;
}) {
  if (!text?.trim()) return null;
  const blocks = assignLevels(parse(text), headingLevel);
  return (
    <div lang={lang} className={`space-y-3 ${className}`}>
      {blocks.map((block, index) => {
        if (block.kind === "heading") {
          const level = block.level ?? headingLevel;
          const Tag = `h${level}` as const;
          return (
            <Tag key={index} className={headingStyles[level]}>
              {inline(block.text)}
            </Tag>
          );
        }
        if (block.kind === "list") {
          return (
            <ul key={index} className="list-disc space-y-1 pl-6">
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>{inline(item)}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={index} className="max-w-3xl">
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {inline(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
