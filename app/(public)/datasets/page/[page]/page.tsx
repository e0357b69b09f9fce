import type { Metadata } from "next";
import { DatasetListView, datasetsMetadata } from "../../_components/dataset-list-view";

export const metadata: Metadata = datasetsMetadata;

export function generateStaticParams() {
  return [];
}

export default async function DatasetsListPage({ params }: { params: Promise<{ page: string }> }) {
  return <DatasetListView pageSegment={(await params).page} />;
}
