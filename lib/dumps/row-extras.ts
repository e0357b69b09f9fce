// The keys a dumped evaluation-tables row carries beyond the archive's own (issue 10): settings, size and
// cost axes, trust and contest. Only added, after the archive's keys, so that its tooling reads the file as before.
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSettingValues, type SettingValues } from "@/lib/settings/kinds";
import { computeTrust, type TrustLevel } from "@/lib/trust/trust-level";

export type ContestOut = { status: "open" | "settled"; reason: string; settled_reason: string | null; settled_on: string | null };

export type RowExtrasOut = {
  /** The row's own settings (key → value); a key it does not name is unknown. Read back by the importer. */
  settings: SettingValues;
  /** What "*" footnotes and markers said about its settings, as written. Read back by the importer. */
  setting_notes: string;
  /** Parameters, training compute (FLOPs), inference cost (FLOPs per example); null where not given. Read back. */
  params: number | null;
  training_compute: number | null;
  inference_cost: number | null;
  /** Computed from the row's fields (lib/trust): not read back. */
  trust: TrustLevel;
  contested: boolean;
  /** The latest contest about the row, open or settled; null when there was none. Not read back. */
  contest: ContestOut | null;
};

const CONTEST_SELECT = {
  orderBy: { createdAt: "desc" },
  take: 1,
  select: { status: true, reason: true, settledReason: true, settledAt: true, createdAt: true },
} as const;

export const ROW_EXTRAS_SELECT = {
  settings: true,
  settingNotes: true,
  params: true,
  trainingCompute: true,
  inferenceCost: true,
  evidence: true,
  authorConfirmedAt: true,
  reproducedAt: true,
  contestedAt: true,
  contests: CONTEST_SELECT,
  contestsAgainst: CONTEST_SELECT,
} satisfies Prisma.ResultSelect;

type StoredRow = Prisma.ResultGetPayload<{ select: typeof ROW_EXTRAS_SELECT & { codeUrl: true } }>;

export function rowExtrasJson(row: StoredRow): RowExtrasOut {
  const trust = computeTrust(row);
  const [latest] = [...row.contests, ...row.contestsAgainst].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return {
    settings: parseSettingValues(row.settings),
    setting_notes: row.settingNotes,
    params: row.params,
    training_compute: row.trainingCompute,
    inference_cost: row.inferenceCost,
    trust: trust.level,
    contested: trust.isContested,
    contest: latest
      ? {
          status: latest.status === "OPEN" ? "open" : "settled",
          reason: latest.reason,
          settled_reason: latest.settledReason,
          settled_on: isoDay(latest.settledAt) || null,
        }
      : null,
  };
}
