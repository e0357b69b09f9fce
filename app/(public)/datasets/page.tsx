import type { Metadata } from "next";
import { DatasetListView, datasetsMetadata } from "./_components/dataset-list-view";

export const metadata: Metadata = datasetsMetadata;

export default function DatasetsPage() {
  return <DatasetListView />;
}
