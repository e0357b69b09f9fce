import type { LeaderboardRow } from "@/lib/data/leaderboards";
import { differingSettings } from "@/lib/settings/grouping";
import { UNKNOWN, type Setting, type SettingValues } from "@/lib/settings/kinds";

/**
 * Under a model's name: each setting in which it differs from the comparable group ("Ensemble: yes"),
 * unknown included, so that a row ranked beside others says why it may not compare.
 */
export function SettingMarks({ result, settings, group }: { result: LeaderboardRow; settings: Setting[]; group: SettingValues }) {
  const differences = differingSettings({ settings: result.settings ?? {} }, group, settings);
  if (differences.length === 0 && !result.settingNotes) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Settings that differ from the comparable group" data-testid="setting-marks">
      {differences.map(({ setting, value }) => (
        <li
          key={setting.key}
          title={`Differs from most results here (${setting.label}: ${group[setting.key]})`}
          className={`rounded px-1.5 py-0.5 text-[11px] font-medium ring-1 ring-inset ${
            value === UNKNOWN ? "bg-slate-50 text-slate-600 ring-slate-200" : "bg-violet-50 text-violet-800 ring-violet-200"
          }`}
        >
          {setting.label}: {value}
        </li>
      ))}
      {result.settingNotes && <li className="text-[11px] text-slate-500">{result.settingNotes}</li>}
    </ul>
  );
}
