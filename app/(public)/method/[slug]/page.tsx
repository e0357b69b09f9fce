import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/catalogue/markdown";
import { PaperList } from "@/components/catalogue/paper-list";
import { PapersCard } from "@/components/catalogue/papers-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getMethodPage } from "@/lib/data/methods";
import { summarizeMarkdown } from "@/lib/markdown/markdown";
import { hasMethodFacts, MethodFacts } from "./_components/method-facts";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const method = await getMethodPage((await params).slug);
  return method
    ? { title: method.name, description: summarizeMarkdown(method.description, 200) || undefined, alternates: { canonical: `/method/${method.slug}` } }
    : {};
}

export default async function MethodPage({ params }: Props) {
  const method = await getMethodPage((await params).slug);
  if (!method) notFound();
  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/methods", label: "Methods" }]}
        title={method.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            {method.fullName && method.fullName !== method.name && <span>{method.fullName}</span>}
            {method.category && <Badge tone="brand">{method.category}</Badge>}
          </span>
        }
      />
      <div className="max-w-4xl space-y-6">
        {method.description && (
          <Card>
            <Markdown source={method.description} />
          </Card>
        )}
        {hasMethodFacts(method) && (
          <Card title="In the archive">
            <MethodFacts method={method} />
          </Card>
        )}
        {method.introducedIn && (
          <Card title="Introduced in">
            <PaperList papers={[method.introducedIn]} />
          </Card>
        )}
        <PapersCard
          title={`Papers using ${method.name}`}
          papers={method.papers}
          total={method.paperCount}
          empty="No papers in the catalogue use this method yet."
        />
      </div>
    </div>
  );
}
