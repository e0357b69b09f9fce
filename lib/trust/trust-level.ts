// The trust level of one leaderboard row, computed only from its own fields (issue 10, item 4).

/** Lowest to highest; "none" is a row without evidence, or one that is contested or retracted. */
export const TRUST_LEVELS = ["none", "reported", "code", "author", "reproduced"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** The levels a filter "at least …" offers, with their names in the UI and the URL (`?trust=code`). */
export const TRUST_FILTERS = TRUST_LEVELS.filter((level) => level !== "none");

export type TrustFields = {
  evidence: string;
  codeUrl: string | null;
  authorConfirmedAt: Date | string | null;
  reproducedAt: Date | string | null;
  contestedAt: Date | string | null;
  status?: "PUBLISHED" | "RETRACTED";
};

export type Trust = {
  level: TrustLevel;
  /** The badge's words: "Reported", "Code linked", …; "Contested" or "Retracted" when the row dropped. */
  label: string;
  /** Why, in one sentence per fact: the tooltip and the screen reader's text. */
  reasons: string[];
  isContested: boolean;
};

export const TRUST_LABELS: Record<TrustLevel, string> = {
  none: "Unverified",
  reported: "Reported",
  code: "Code linked",
  author: "Author-confirmed",
  reproduced: "Reproduced",
};

/** The highest level whose fact the row has; a contested or retracted row drops to "none" at once, whatever else it has. */
export function computeTrust(row: TrustFields): Trust {
  const facts: [TrustLevel, boolean, string][] = [
    ["reported", row.evidence.trim() !== "", `Evidence given: ${row.evidence.trim() || "none"}.`],
    ["code", Boolean(row.codeUrl), "Code is linked."],
    ["author", Boolean(row.authorConfirmedAt), "An author of the paper confirmed it."],
    ["reproduced", Boolean(row.reproducedAt), "A moderator accepted a linked run or log that reproduces it."],
  ];
  const reasons = facts.filter(([, has]) => has).map(([, , why]) => why);
  if (row.status === "RETRACTED") return { level: "none", label: "Retracted", reasons: ["A moderator retracted this result.", ...reasons], isContested: false };
  if (row.contestedAt) {
    return {
      level: "none",
      label: "Contested",
      reasons: ["Contested: sources disagree and a moderator has not settled it yet.", ...reasons],
      isContested: true,
    };
  }
  const level = facts.findLast(([, has]) => has)?.[0] ?? "none";
  return { level, label: TRUST_LABELS[level], reasons: reasons.length > 0 ? reasons : ["No evidence given."], isContested: false };
}

/** Whether a row's level is at least the filter's ("reported" lets every row with evidence through). */
export function meetsTrust(level: TrustLevel, atLeast: TrustLevel | null): boolean {
  return atLeast === null || TRUST_LEVELS.indexOf(level) >= TRUST_LEVELS.indexOf(atLeast);
}

/** `?trust=code` → "code"; anything else → null (no filter). */
export function parseTrustFilter(value: unknown): TrustLevel | null {
  return typeof value === "string" && (TRUST_FILTERS as readonly string[]).includes(value) ? (value as TrustLevel) : null;
}
