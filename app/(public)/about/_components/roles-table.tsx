const ROLES = ["Anonymous", "User", "Moderator", "Admin"] as const;

const ACTIONS: { action: string; allowed: boolean[] }[] = [
  { action: "Browse, search, export, read the API", allowed: [true, true, true, true] },
  { action: "Submit, edit or withdraw own pending submission; flag a result as wrong", allowed: [false, true, true, true] },
  { action: "Review queue: approve, reject, request changes; retract a result; edit the catalogue", allowed: [false, false, true, true] },
  { action: "Change roles", allowed: [false, false, false, true] },
];

/** Who can do what, as docs/design.md ("Roles") sets it. */
export function RolesTable() {
  return (
    <div tabIndex={0} className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pl-4 pr-3 font-medium sm:pl-0">
              Action
            </th>
            {ROLES.map((role) => (
              <th key={role} scope="col" className="px-2 py-2 text-center font-medium">
                {role}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ACTIONS.map((row) => (
            <tr key={row.action}>
              <td className="py-2 pl-4 pr-3 text-slate-700 sm:pl-0">{row.action}</td>
              {row.allowed.map((isAllowed, i) => (
                <td key={ROLES[i]} className="px-2 py-2 text-center">
                  {isAllowed ? (
                    <span className="font-semibold text-emerald-600">
                      ✓<span className="sr-only"> yes</span>
                    </span>
                  ) : (
                    <span className="text-slate-300">
                      –<span className="sr-only"> no</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
