// Tree transforms for the Markdown pipeline (remark → rehype → React). Typed
// structurally, so that nothing here depends on the syntax-tree packages.
import { shiftedHeadingLevels, type HeadingLevel } from "./rules";

type Node = { type: string; children?: Node[]; [key: string]: unknown };

const str = (value: unknown) => (typeof value === "string" ? value : "");
type Element = Node & { type: "element"; tagName: string };

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const HEADING = /^h([1-6])$/;

/**
 * rehype: renumber h1–h6 so the text fits under the page's own headings
 * (see `shiftedHeadingLevels`).
 */
export function rehypeShiftHeadings(options: { base: HeadingLevel }) {
  return (tree: Node) => {
    const headings: Element[] = [];
    for (const node of walk(tree)) {
      if (node.type === "element" && HEADING.test((node as Element).tagName)) headings.push(node as Element);
    }
    const depths = headings.map((h) => Number(HEADING.exec(h.tagName)![1]));
    shiftedHeadingLevels(depths, options.base).forEach((level, i) => {
      headings[i]!.tagName = `h${level}`;
    });
  };
}

/**
 * rehype: raw HTML written in the text is shown as the text it is (never
 * parsed as HTML); an HTML block becomes a paragraph of its own, as written.
 */
export function rehypeRawAsText() {
  return (tree: Node) => {
    for (const node of walk(tree)) {
      if (!node.children) continue;
      const root = node.type === "root";
      node.children = node.children.map((child): Node => {
        if (child.type !== "raw") return child;
        const text: Node = { type: "text", value: str(child.value) };
        return root ? { type: "element", tagName: "p", properties: {}, children: [text] } : text;
      });
    }
  };
}

/**
 * remark: GFM footnotes would render a "Footnotes" heading and ids such as
 * `user-content-fn-1` that collide when several texts share a page, so they
 * stay as the text that was written (`[^1]`, `[^1]: …`).
 */
export function remarkPlainFootnotes() {
  return (tree: Node) => {
    for (const node of walk(tree)) {
      if (!node.children) continue;
      node.children = node.children.flatMap((child): Node[] => {
        const label = str(child.label) || str(child.identifier);
        if (child.type === "footnoteReference") return [{ type: "text", value: `[^${label}]` }];
        if (child.type !== "footnoteDefinition") return [child];
        const [first, ...rest] = child.children ?? [];
        const marker: Node = { type: "text", value: `[^${label}]: ` };
        if (first?.type === "paragraph") {
          return [{ ...first, children: [marker, ...(first.children ?? [])] }, ...rest];
        }
        return [{ type: "paragraph", children: [marker] }, ...(first ? [first] : []), ...rest];
      });
    }
  };
}

/**
 * remark: a single line break stays a line break (<br>), as people typing
 * into a plain text box (a news-round entry, a description) expect; without
 * it Markdown would join the lines into one.
 */
export function remarkHardBreaks() {
  return (tree: Node) => {
    for (const node of walk(tree)) {
      if (!node.children) continue;
      node.children = node.children.flatMap((child): Node[] => {
        const value = str(child.value);
        if (child.type !== "text" || !value.includes("\n")) return [child];
        return value
          .split("\n")
          .flatMap((part, i): Node[] =>
            i === 0 ? [{ type: "text", value: part }] : [{ type: "break" }, { type: "text", value: part }],
          );
      });
    }
  };
}
