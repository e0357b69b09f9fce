import { AreaView, areaMetadata } from "./_components/area-view";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return areaMetadata((await params).slug);
}

export default async function AreaPage({ params }: Props) {
  return <AreaView slug={(await params).slug} />;
}
