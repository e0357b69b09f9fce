import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicLog } from "@/lib/data/public-log";
import { parsePage } from "@/lib/data/pagination";
import { PublicLogView } from "../../_components/public-log-view";

type Props = { params: Promise<{ page: string }> };

// Each page is a cached path, rendered on its first request.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Moderation log, page ${(await params).page}` };
}

export default async function PublicLogPageN({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  const log = await getPublicLog(page);
  if (page > log.pageCount) notFound();
  return <PublicLogView log={log} page={page} />;
}
