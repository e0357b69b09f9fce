// A shields-like two-part badge ("#2 on ImageNet | top-1 88.5") as SVG, sized from approximate glyph
// widths of Verdana 11px (the font such badges use), with a <title> for screen readers.
import { escapeXml } from "@/lib/feeds/atom";

const NARROW = new Set("ijlI.,:;'|!() ".split(""));
const SMALL = new Set("frt1-·".split(""));
const WIDE = new Set("mwMW@%".split(""));

/** The text's width in pixels at Verdana 11px, near enough to size a badge (±5%). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.has(char)) width += 3.9;
    else if (SMALL.has(char)) width += 4.9;
    else if (WIDE.has(char)) width += 10.7;
    else if (char >= "A" && char <= "Z") width += 7.5;
    else if (char >= "0" && char <= "9") width += 7;
    else width += 6.6;
  }
  return Math.round(width);
}

export type BadgeTone = "best" | "top" | "plain" | "muted";

const COLOURS: Record<BadgeTone, string> = { best: "#b45309", top: "#2563eb", plain: "#4b5563", muted: "#9ca3af" };
const PADDING = 10;

export function renderBadge({ label, message, tone }: { label: string; message: string; tone: BadgeTone }): string {
  const left = textWidth(label) + PADDING;
  const right = textWidth(message) + PADDING;
  const width = left + right;
  const title = escapeXml(`${label} · ${message}`);
  const text = (x: number, value: string) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(value)}</text><text x="${x}" y="14">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#374151"/><rect x="${left}" width="${right}" height="20" fill="${COLOURS[tone]}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    text(left / 2, label),
    text(left + right / 2, message),
    `</g></svg>`,
    "",
  ].join("");
}
