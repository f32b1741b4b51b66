// User-written Markdown (minutes, descriptions) rendered to React elements,
// never to an HTML string: raw HTML in the text is shown as text, links keep
// only http(s) and mailto URLs (others become plain text), images are shown as
// links (nothing is loaded from other hosts), and only the elements listed in
// ALLOWED_ELEMENTS are made, each with only the attributes set here.
// Server only: react-markdown, remark-gfm and their parsers stay out of the
// browser's bundles. Server components render through components/markdown;
// the minutes editor's preview asks a server action (lib/minutes/actions.ts),
// which returns the elements made here, so what is previewed is what is shown.
import "server-only";
import type { ComponentProps, ReactElement, ReactNode } from "react";
import renderMarkdown, { type Components, type Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import { rehypeRawAsText, rehypeShiftHeadings, remarkHardBreaks, remarkPlainFootnotes } from "@/lib/markdown/plugins";
import { BoundedCache, MAX_ENTRIES, MAX_SOURCE } from "@/lib/markdown/render-cache";
import { ALLOWED_ELEMENTS, safeMarkdownUrl, type HeadingLevel } from "@/lib/markdown/rules";

const REL = "nofollow noopener noreferrer";

const headingStyles: Record<HeadingLevel, string> = {
  2: "mt-6 mb-2 text-xl font-bold text-brand-900",
  3: "mt-5 mb-2 text-lg font-bold text-brand-900",
  4: "mt-4 mb-1 font-bold text-brand-900",
  5: "mt-3 mb-1 font-semibold",
  6: "mt-3 mb-1 font-semibold",
};

type Children = { children?: ReactNode };

/** A link only when the URL survived `safeMarkdownUrl`; otherwise its text. */
function Link({ href, title, children }: ComponentProps<"a">) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} title={typeof title === "string" ? title : undefined} rel={REL}>
      {children}
    </a>
  );
}

/** Images are never loaded: a link to the picture (by its alt text), or just the alt text. */
function Image({ src, alt }: ComponentProps<"img">) {
  const label = alt?.trim() || (typeof src === "string" ? src : "");
  if (typeof src === "string" && src) {
    return (
      <a href={src} rel={REL}>
        {label}
      </a>
    );
  }
  return label ? <span>{label}</span> : null;
}

/** GFM task-list boxes as characters: a disabled, unlabelled checkbox would only confuse. */
function TaskBox({ checked }: ComponentProps<"input">) {
  return <span>{checked ? "☑ " : "☐ "}</span>;
}

const heading = (level: HeadingLevel) =>
  function Heading({ children }: Children) {
    const Tag = `h${level}` as const;
    return <Tag className={headingStyles[level]}>{children}</Tag>;
  };

// Every element gets a component that passes on only what is listed here, so
// no attribute from the text (class names, ids, styles) reaches the page.
const components: Components = {
  p: ({ children }) => <p className="max-w-3xl">{children}</p>,
  br: () => <br />,
  strong: ({ children }) => <strong>{children}</strong>,
  em: ({ children }) => <em>{children}</em>,
  del: ({ children }) => <del>{children}</del>,
  a: Link,
  img: Image,
  input: TaskBox,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children, start }) => (
    <ol className="list-decimal space-y-1 pl-6" start={typeof start === "number" ? start : undefined}>
      {children}
    </ol>
  ),
  li: ({ children }) => <li>{children}</li>,
  blockquote: ({ children }) => (
    <blockquote className="space-y-2 border-l-4 border-gray-400 pl-4 text-gray-800">{children}</blockquote>
  ),
  code: ({ children }) => <code className="rounded bg-gray-100 px-1 font-mono text-[0.95em]">{children}</code>,
  // Wrapped rather than scrolled: a scrolling box would need to be focusable.
  pre: ({ children }) => (
    <pre className="max-w-3xl rounded bg-gray-100 p-3 font-mono text-sm break-words whitespace-pre-wrap [&>code]:bg-transparent [&>code]:p-0">
      {children}
    </pre>
  ),
  hr: () => <hr className="my-4 border-gray-400" />,
  // rehypeShiftHeadings has already moved every heading to h2–h6.
  h1: heading(2),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  // Also wrapped, not scrolled (the text has no name for a scroll region): the
  // columns share the width and long words break, so at 320 px the page still
  // does not scroll sideways.
  table: ({ children }) => (
    <table className="w-full max-w-3xl table-fixed border-collapse text-left [overflow-wrap:anywhere]">
      {children}
    </table>
  ),
  thead: ({ children }) => <thead>{children}</thead>,
  tbody: ({ children }) => <tbody>{children}</tbody>,
  tr: ({ children }) => <tr>{children}</tr>,
  th: ({ children }) => (
    <th scope="col" className="border border-gray-400 bg-gray-100 px-2 py-1 font-semibold">
      {children}
    </th>
  ),
  td: ({ children }) => <td className="border border-gray-400 px-2 py-1 align-top">{children}</td>,
};

const remarkPlugins: Options["remarkPlugins"] = [remarkGfm, remarkPlainFootnotes];
const remarkPluginsWithBreaks: Options["remarkPlugins"] = [...remarkPlugins, remarkHardBreaks];

/** Applied to every URL attribute (href, src, …) before the components see it. */
const urlTransform: Options["urlTransform"] = (url) => safeMarkdownUrl(url);

const rendered = new BoundedCache<ReactElement>(MAX_ENTRIES);

/** The text as React elements, made afresh (the editor's preview: drafts would only crowd the cache). */
export function renderMarkdownUncached(source: string, headingLevel: HeadingLevel, breaks: boolean): ReactElement {
  return renderMarkdown({
    children: source,
    remarkPlugins: breaks ? remarkPluginsWithBreaks : remarkPlugins,
    rehypePlugins: [rehypeRawAsText, [rehypeShiftHeadings, { base: headingLevel }]],
    allowedElements: ALLOWED_ELEMENTS,
    unwrapDisallowed: true,
    urlTransform,
    components,
  });
}

/**
 * The text as React elements. react-markdown's `Markdown` is a plain function
 * (no hooks), and React elements are immutable, so one result can be reused
 * by every render of the same text with the same options.
 */
export function renderedMarkdown(source: string, headingLevel: HeadingLevel, breaks: boolean): ReactElement {
  const render = () => renderMarkdownUncached(source, headingLevel, breaks);
  if (source.length > MAX_SOURCE) return render();
  return rendered.getOrMake(`${headingLevel}${breaks ? "b" : "-"}${source}`, render);
}
