import { paperModelIndex, yamlResponse } from "@/lib/model-index/export-response";

// Cached like the paper's page; an approval of one of its results expires it through the same tags.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await paperModelIndex(slug);
  if (body === null) return new Response("No such paper.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return yamlResponse(body, `${slug}.model-index.yaml`);
}
