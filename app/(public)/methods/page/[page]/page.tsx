import type { Metadata } from "next";
import { MethodListView, methodsMetadata } from "../../_components/method-list-view";

export const metadata: Metadata = methodsMetadata;

export function generateStaticParams() {
  return [];
}

export default async function MethodsListPage({ params }: { params: Promise<{ page: string }> }) {
  return <MethodListView pageSegment={(await params).page} />;
}
