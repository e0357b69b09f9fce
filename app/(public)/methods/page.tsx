import type { Metadata } from "next";
import { MethodListView, methodsMetadata } from "./_components/method-list-view";

export const metadata: Metadata = methodsMetadata;

export default function MethodsPage() {
  return <MethodListView />;
}
