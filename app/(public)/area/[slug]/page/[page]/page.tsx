import { AreaView, areaMetadata } from "../../_components/area-view";

type Props = { params: Promise<{ slug: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return areaMetadata((await params).slug);
}

export default async function AreaListPage({ params }: Props) {
  const { slug, page } = await params;
  return <AreaView slug={slug} pageSegment={page} />;
}
