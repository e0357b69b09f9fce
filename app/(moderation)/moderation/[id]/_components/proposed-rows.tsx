import { Card } from "@/components/ui/card";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import { plural } from "@/lib/format";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import type { CreateSubmission } from "@/lib/validations/submission";
import { describeSubmittedExtras } from "@/lib/settings/submitted-settings";
import { TableHead } from "@/components/ui/table-head";

const TD = "px-3 py-2 align-top";

/** The rows as submitted: each value as reported, with what the site reads from it. */
export function ProposedRows({ input }: { input: CreateSubmission }) {
  const { metrics } = input.benchmark;
  return (
    <Card title="Proposed results" aside={plural(input.rows.length, "row")}>
      <div tabIndex={0} className="-mx-4 overflow-x-auto sm:-mx-5">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="proposed-rows">
          <TableHead
            columns={[
              "Model",
              ...metrics.map((metric) => ({ key: `metric-${metric.name}`, label: metric.name, className: "whitespace-nowrap normal-case" })),
              "Extra data",
              "Settings and size",
              "Evidence",
              "Date",
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {input.rows.map((row, i) => (
              <tr key={i}>
                <td className={`${TD} min-w-36 font-medium text-slate-900`}>
                  {row.modelName}
                  {row.codeUrl && (
                    <a href={row.codeUrl} rel="noopener nofollow" className="mt-0.5 block text-xs font-normal [overflow-wrap:anywhere]">
                      {row.codeUrl}
                    </a>
                  )}
                </td>
                {metrics.map((metric, m) => (
                  <td key={metric.name} className={`${TD} tabular whitespace-nowrap`}>
                    <ReportedValue value={row.values[m] ? parseMetricValue(row.values[m]) : undefined} strong />
                  </td>
                ))}
                <td className={`${TD} min-w-28 text-slate-700`}>{row.usesExtraData ? row.extraData : "No"}</td>
                <td className={`${TD} min-w-36 text-slate-700`} data-testid="row-extras">
                  {describeSubmittedExtras(row) || <span className="text-slate-500">not given</span>}
                </td>
                <td className={`${TD} min-w-28 text-slate-700 [overflow-wrap:anywhere]`}>
                  {/^https?:\/\//i.test(row.evidence) ? (
                    <a href={row.evidence} rel="noopener nofollow">
                      {row.evidence}
                    </a>
                  ) : (
                    row.evidence
                  )}
                </td>
                <td className={`${TD} whitespace-nowrap text-slate-600`}>{row.evaluatedAt || "paper's date"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
