import { getSitemapEntries } from "@/lib/data/sitemap";
import { sitemapXml, XML_HEADERS } from "@/lib/sitemap/xml";
import { siteUrlOf } from "@/lib/site-url";

/** /sitemaps/N.xml: file N of the sitemap index (/sitemap.xml). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const index = /^(\d{1,4})\.xml$/.exec((await params).file)?.[1];
  const entries = index === undefined ? null : await getSitemapEntries(Number(index));
  if (!entries) return new Response("No such sitemap file.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(sitemapXml(siteUrlOf(request.headers), entries), { headers: XML_HEADERS });
}
