import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDumpManifest } from "@/lib/dumps/manifest";
import { formatDate } from "@/lib/format";
import { DumpFormats } from "./_components/dump-formats";
import { DumpList } from "./_components/dump-list";
import { DumpLicence } from "./_components/dump-licence";

// Rendered on request, never at build: the first render writes the dumps (over a minute at the archive's size,
// past the build's prerender limit). The manifest itself comes from the cache until the catalogue changes.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Data",
  description:
    "The whole catalogue to download: the Papers with Code archive's five files (papers with abstracts, links to code, methods, datasets, leaderboards), plain or gzipped. CC-BY-SA 4.0.",
};

export default async function DataPage() {
  const manifest = await getDumpManifest();
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Data"
        subtitle="The whole catalogue to download and reuse, under CC-BY-SA 4.0."
        actions={<ButtonLink href="/api">API documentation</ButtonLink>}
      />
      <div className="space-y-6">
        <Card title="Downloads" aside={`Up to date as of ${formatDate(new Date(manifest.generatedAtMs))}`}>
          <DumpList files={manifest.files} />
        </Card>
        <Card title="Licence and attribution">
          <DumpLicence />
        </Card>
        <Card title="Formats">
          <DumpFormats />
        </Card>
      </div>
    </div>
  );
}
