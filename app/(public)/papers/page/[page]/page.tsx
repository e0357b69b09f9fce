import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPaperPage } from "@/lib/data/papers";
import { PaperListPage } from "@/components/paper/paper-list-page";

type Props = { params: Promise<{ page: string }> };

// /papers?page=N is rewritten here (next.config.js), so that each page is a cached path.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Papers, page ${(await params).page}` };
}

export default async function PapersPageN({ params }: Props) {
  const { page: text } = await params;
  const page = Number(text);
  if (!/^[1-9]\d{0,5}$/.test(text)) notFound();
  const data = await getPaperPage(page);
  if (page > data.pageCount) notFound();
  return <PaperListPage data={data} page={page} />;
}
