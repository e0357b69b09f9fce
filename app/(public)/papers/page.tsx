import type { Metadata } from "next";
import { getPaperPage } from "@/lib/data/papers";
import { PaperListPage } from "@/components/paper/paper-list-page";

export const metadata: Metadata = { title: "Papers", description: "Every paper of the catalogue with its results, code and methods." };

export default async function PapersPage() {
  return <PaperListPage data={await getPaperPage(1)} page={1} />;
}
