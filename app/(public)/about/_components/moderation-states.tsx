const STATES = [
  {
    name: "PENDING",
    tone: "bg-amber-50 text-amber-800 ring-amber-200",
    what: "Submitted and waiting in the review queue. The submitter may still edit or withdraw it.",
  },
  {
    name: "APPROVED",
    tone: "bg-emerald-50 text-emerald-700 ring-emerald-200",
    what: "A moderator accepted it: the result is published and shows at once on every page.",
  },
  { name: "REJECTED", tone: "bg-rose-50 text-rose-700 ring-rose-200", what: "A moderator declined it, with a reason the submitter can read." },
  {
    name: "CHANGES_REQUESTED",
    tone: "bg-brand-50 text-brand-700 ring-brand-100",
    what: "A moderator asked for changes, with a reason; once edited, it is pending again.",
  },
  { name: "WITHDRAWN", tone: "bg-slate-100 text-slate-700 ring-slate-200", what: "The submitter took it back before a decision." },
  {
    name: "RETRACTED",
    tone: "bg-slate-100 text-slate-700 ring-slate-300",
    what: "An approved result a moderator later withdrew from the leaderboards, with a reason; its history stays.",
  },
];

const TRANSITIONS = [
  ["PENDING", "approve", "APPROVED"],
  ["APPROVED", "retract (moderator, with a reason)", "RETRACTED"],
  ["PENDING", "reject (reason required)", "REJECTED"],
  ["PENDING", "request changes (with a reason)", "CHANGES_REQUESTED"],
  ["CHANGES_REQUESTED", "submitter edits", "PENDING"],
  ["PENDING", "withdraw (submitter)", "WITHDRAWN"],
] as const;

function State({ name }: { name: string }) {
  const tone = STATES.find((s) => s.name === name)?.tone;
  return <span className={`inline-block rounded px-1.5 py-0.5 font-mono text-xs font-medium ring-1 ring-inset ${tone}`}>{name}</span>;
}

/** The life of a submission: its transitions, then what each state means. */
export function ModerationStates() {
  return (
    <div>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Transitions between states</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              From
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Step
            </th>
            <th scope="col" className="py-2 pl-3 font-medium">
              To
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {TRANSITIONS.map(([from, step, to]) => (
            <tr key={`${from}-${to}`}>
              <td className="py-2 pr-3">
                <State name={from} />
              </td>
              <td className="px-3 py-2 text-slate-700">{step}</td>
              <td className="py-2 pl-3">
                <State name={to} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-5 grid gap-3 sm:grid-cols-2">
        {STATES.map((state) => (
          <div key={state.name}>
            <dt>
              <State name={state.name} />
            </dt>
            <dd className="mt-1 text-sm text-slate-600">{state.what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
