// An Atom 1.0 document (RFC 4287) from plain data: feed id, title, updated, author, self and alternate
// links; each entry with its id, title, updated, alternate link, category and summary.

export type AtomEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  category: string;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char]!);
}

function renderEntry(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <updated>${entry.updated}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <category term="${escapeXml(entry.category)}"/>`,
    `    <summary>${escapeXml(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    "  <generator>Papers With Code 2</generator>",
    ...feed.entries.map(renderEntry),
    "</feed>",
    "",
  ].join("\n");
}
