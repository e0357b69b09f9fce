/** A metric value as reported and as read: `value` is null when the text cannot be read soundly. */
export type MetricValue = {
  raw: string;
  value: number | null;
  uncertainty: number | null;
  /** "%" when the value was written as a percentage, else "". */
  unit: string;
};

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?`;
// Thousands separators only where they cannot be a decimal comma: two groups or more, or a decimal point after.
const GROUPED = String.raw`[-+]?[1-9]\d{0,2}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)`;
const AMOUNT = `(${GROUPED}|${NUMBER})`;

const WITH_UNCERTAINTY = new RegExp(`^${AMOUNT}\\s*(%?)\\s*(?:±|\\+-|\\+/-)\\s*(${NUMBER})\\s*(%?)$`, "i");
const PLAIN = new RegExp(`^${AMOUNT}\\s*(%?)$`, "i");
const COUNT = new RegExp(`^(${NUMBER})\\s*([kmb])$`, "i");

const COUNT_FACTORS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

// "28.5*", "91.2†": footnote marks after a number say nothing about it.
const FOOTNOTE_MARKS = /[*†‡§¶]+$/u;
// "~257M", "≈ 3.1": an approximate figure is still the figure reported.
const APPROXIMATELY = /^[~≈]\s*/u;

/** Reads a reported metric value ("92.4", "6.57%", "0.8256 ± 0.0031", "2.0m"); what it cannot read soundly has value null. */
export function parseMetricValue(reported: string | number | null | undefined): MetricValue {
  if (typeof reported === "number") {
    const value = Number.isFinite(reported) ? reported : null;
    return { raw: String(reported), value, uncertainty: null, unit: "" };
  }
  const raw = (reported ?? "").trim();
  const unreadable: MetricValue = { raw, value: null, uncertainty: null, unit: "" };
  const text = raw
    .replace(/\u2212/g, "-")
    .replace(FOOTNOTE_MARKS, "")
    .replace(APPROXIMATELY, "")
    .trim();
  if (text === "") return unreadable;

  const withUncertainty = WITH_UNCERTAINTY.exec(text);
  if (withUncertainty) {
    const [, amount, unit, uncertainty, uncertaintyUnit] = withUncertainty;
    // "92.1 ± 0.3%" and "92.1% ± 0.3%" both read as percentage points.
    return read(raw, amount, unit || uncertaintyUnit, uncertainty);
  }

  const plain = PLAIN.exec(text);
  if (plain) return read(raw, plain[1], plain[2], null);

  const count = COUNT.exec(text);
  if (count) {
    const value = Number(count[1]) * COUNT_FACTORS[count[2].toLowerCase()];
    return Number.isFinite(value) ? { raw, value: roundToSignificant(value), uncertainty: null, unit: "" } : unreadable;
  }
  return unreadable;
}

function read(raw: string, amount: string, unit: string, uncertainty: string | null): MetricValue {
  const value = Number(amount.replace(/,/g, ""));
  const spread = uncertainty === null ? null : Number(uncertainty);
  if (!Number.isFinite(value) || (spread !== null && !Number.isFinite(spread))) {
    return { raw, value: null, uncertainty: null, unit: "" };
  }
  return { raw, value, uncertainty: spread, unit };
}

// 2.0m × 1e6 is 2000000, but 0.1k × 1e3 is 100.00000000000001 in binary floating point.
function roundToSignificant(value: number): number {
  return Number(value.toPrecision(12));
}
