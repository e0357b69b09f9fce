import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteUrlOf } from "@/lib/site-url";

// Crawlers read the public catalogue; accounts, moderation and the API's writes are no place for them.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const siteUrl = siteUrlOf(await headers());
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/moderation", "/admin", "/submit", "/submissions", "/profile", "/signin", "/signup", "/signout", "/api/", "/search"],
    },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
