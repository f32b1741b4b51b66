// The XSS corpus every Markdown text goes through (the minutes, a network's
// playbook, job-shadowing reports), and the check that rendered markup is
// inert: no element, attribute or URL that could run script or load anything.
import { expect } from "vitest";

/** Every attribute of every tag in the markup, as [name, value] (entities in values decoded). */
export function attributes(html: string): [string, string][] {
  const out: [string, string][] = [];
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    for (const m of tag.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      const value = (m[2] ?? "")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      out.push([m[1]!.toLowerCase(), value]);
    }
  }
  return out;
}

export const tagNames = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase());

const SAFE_TAGS = new Set([
  "div",
  "p",
  "br",
  "strong",
  "em",
  "del",
  "a",
  "span",
  "ul",
  "ol",
  "li",
  "blockquote",
  "code",
  "pre",
  "hr",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const SAFE_ATTRIBUTES = new Set(["class", "href", "rel", "title", "scope", "start", "lang"]);

/** The rendered markup holds no element, attribute or URL that could run script or load anything. */
export function expectInert(html: string) {
  for (const tag of tagNames(html)) expect(SAFE_TAGS.has(tag), `tag <${tag}> in ${html}`).toBe(true);
  for (const [name, value] of attributes(html)) {
    expect(SAFE_ATTRIBUTES.has(name), `attribute ${name} in ${html}`).toBe(true);
    if (name === "href") expect(value, html).toMatch(/^(https?:\/\/|mailto:)/);
    expect(value.replace(/\s/g, "").toLowerCase(), html).not.toMatch(/(javascript|vbscript|data):/);
  }
}

export const XSS_CORPUS = [
  "<script>alert(1)</script>",
  "Teksti <script>alert(1)</script> keskellä",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  'Kuva <img src="x" onerror="alert(1)"> tekstissä',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="javascript:alert(1)">linkki</a>',
  '<div onclick="alert(1)">klikkaa</div>',
  '<p style="background:url(javascript:alert(1))">tyyli</p>',
  "<style>body{display:none}</style>",
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus="alert(1)">',
  '<details open ontoggle="alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  "<!-- <script>alert(1)</script> -->",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;&#x61;vascript:alert(1))",
  "[x](java&#9;script:alert(1))",
  "[x](java&#10;script:alert(1))",
  "[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x]( javascript:alert(1) )",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](//evil.example/%0Ajavascript:alert(1))",
  '[x](https://ok.example "onmouseover=alert(1)")',
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "[viite][r]\n\n[r]: javascript:alert(1)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![seurantapikseli](https://evil.example/track.png)",
  '![x](https://ok.example/a.png" onerror="alert(1))',
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "> <script>alert(1)</script>",
  "- <img src=x onerror=alert(1)>\n- [x](javascript:alert(1))",
  "| a | <script>alert(1)</script> |\n|---|---|\n| [x](javascript:alert(1)) | <img src=x onerror=alert(1)> |",
  "Alaviite[^1]\n\n[^1]: [x](javascript:alert(1))",
  "# <img src=x onerror=alert(1)>",
];
