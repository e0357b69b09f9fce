/** A metric value as reported ("88.55 ± 0.04"), with its unit unless the text already carries it. */
export function ReportedValue({ raw, unit }: { raw: string; unit: string }) {
  const suffix = unit && !raw.includes(unit) ? (unit === "%" ? "%" : ` ${unit}`) : "";
  return (
    <span className="tabular font-semibold text-slate-900">
      {raw}
      {suffix && <span className="font-normal text-slate-500">{suffix}</span>}
    </span>
  );
}
