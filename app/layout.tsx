import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { configuredSiteUrl } from "@/lib/site-url";
import "./globals.css";
import { feedAlternates, feedPaths } from "@/lib/feeds/feed-paths";

export const metadata: Metadata = {
  // Canonical and OpenGraph addresses are absolute: SITE_URL, else this server's own (lib/site-url.ts).
  metadataBase: new URL(configuredSiteUrl()),
  openGraph: { siteName: "Papers With Code 2", type: "website" },
  alternates: feedAlternates(feedPaths.site(), "Papers With Code 2: new results"),
  title: { default: "Papers With Code 2", template: "%s · Papers With Code 2" },
  description:
    "The community-kept catalogue of machine-learning benchmarks: state-of-the-art leaderboards with the paper, code and provenance behind every number.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
