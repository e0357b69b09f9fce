// The XML of sitemaps (sitemaps.org protocol 0.9): an index of files, and each file's addresses.
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function sitemapIndexXml(siteUrl: string, fileCount: number): string {
  const files = Array.from({ length: fileCount }, (_, i) => `<sitemap><loc>${escapeXml(`${siteUrl}/sitemaps/${i}.xml`)}</loc></sitemap>`);
  return `${XML_HEAD}<sitemapindex ${NS}>\n${files.join("\n")}\n</sitemapindex>\n`;
}

export function sitemapXml(siteUrl: string, entries: { path: string; updatedAt: Date | null }[]): string {
  const urls = entries.map(
    ({ path, updatedAt }) =>
      `<url><loc>${escapeXml(siteUrl + path)}</loc>${updatedAt ? `<lastmod>${updatedAt.toISOString().slice(0, 10)}</lastmod>` : ""}</url>`,
  );
  return `${XML_HEAD}<urlset ${NS}>\n${urls.join("\n")}\n</urlset>\n`;
}

export const XML_HEADERS = { "content-type": "application/xml; charset=utf-8" };
