import Link from "next/link";
import type { ResultPage } from "@/lib/data/results";
import { formatDate, isoDay } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-800 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

function Provenance({ result }: { result: ResultPage }) {
  if (result.source === "PWC_ARCHIVE") {
    return (
      <p>
        Imported from the <Link href="/about">Papers with Code archive</Link> (CC-BY-SA 4.0) on {formatDate(result.createdAt)}.
      </p>
    );
  }
  if (result.source === "DEMO") return <p>Part of the demo catalogue, added {formatDate(result.createdAt)}.</p>;
  return (
    <p>
      <Badge tone="green">Submitted</Badge> by {result.submittedBy ?? "a member"}
      {result.approvedAt && (
        <>
          , approved{result.approvedBy && <> by {result.approvedBy}</>} on <time dateTime={isoDay(result.approvedAt)}>{formatDate(result.approvedAt)}</time>
        </>
      )}
      .
    </p>
  );
}

/** Where the result comes from: its paper, the evidence, comparability facts, code, and who put it here. */
export function ResultDetails({ result }: { result: ResultPage }) {
  return (
    <>
      <Card title="Details" className="order-2">
        <dl className="space-y-3">
          <Item term="Paper">
            {result.paper ? (
              <>
                <Link href={`/paper/${result.paper.slug}`} className="font-medium">
                  {result.paper.title}
                </Link>
                <span className="block text-xs text-slate-500">
                  {result.paper.authors.slice(0, 3).join(", ")}
                  {result.paper.authors.length > 3 && " et al."} · {formatDate(result.paper.publishedAt)}
                </span>
              </>
            ) : (
              "—"
            )}
          </Item>
          <Item term="Evidence">
            {result.evidence ? (
              isUrl(result.evidence) ? (
                <a href={result.evidence} rel="noopener nofollow">
                  {result.evidence}
                </a>
              ) : (
                result.evidence
              )
            ) : (
              "—"
            )}
          </Item>
          <Item term="Extra training data">{result.usesExtraData ? result.extraData || "Yes" : "None"}</Item>
          <Item term="Code">
            {result.codeUrl ? (
              <a href={result.codeUrl} rel="noopener nofollow">
                {result.codeUrl.replace(/^https?:\/\/(www\.)?/, "")}
              </a>
            ) : (
              "—"
            )}
          </Item>
          <Item term="Evaluated">{formatDate(result.evaluatedAt)}</Item>
        </dl>
      </Card>
      <Card title="Provenance" className="order-3">
        <div className="text-sm text-slate-700" data-testid="provenance">
          <Provenance result={result} />
        </div>
      </Card>
    </>
  );
}
