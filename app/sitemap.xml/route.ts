import { countSitemapEntries } from "@/lib/data/sitemap";
import { sitemapCount } from "@/lib/sitemap/slices";
import { sitemapIndexXml, XML_HEADERS } from "@/lib/sitemap/xml";
import { siteUrlOf } from "@/lib/site-url";

// The index of the sitemap's files (at most 50,000 addresses each), at the address it was asked at.
export async function GET(request: Request): Promise<Response> {
  return new Response(sitemapIndexXml(siteUrlOf(request.headers), sitemapCount(await countSitemapEntries())), { headers: XML_HEADERS });
}
