import MarkdownIt from "markdown-it";

// Raw HTML in the source is shown as text, never rendered; markdown-it's validateLink already refuses
// javascript:, vbscript:, file: and non-image data: URLs.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("rel", "nofollow ugc");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown of the catalogue (task, dataset and method descriptions) as safe HTML. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The first paragraph of a markdown text as plain text, cut at a word near `maxLength`. */
export function summarizeMarkdown(source: string, maxLength: number): string {
  const tokens = md.parse(source, {});
  const paragraph = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = paragraph === -1 ? tokens.find((token) => token.type === "inline") : tokens[paragraph + 1];
  const text = (inline?.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxLength / 2)).replace(/[\s,;:.]+$/, "")}…`;
}
