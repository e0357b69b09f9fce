// Grouping a leaderboard by a setting, and the comparable group: the settings most of its results share.
import { settingValue, UNKNOWN, type Setting, type SettingValues } from "./kinds";

export type SettingChoice = { key: string; value: string | null };

/** `?setting=ensemble` groups by ensemble; `?setting=ensemble:no` keeps the rows without. Null: not a choice of these settings. */
export function parseSettingChoice(text: string | null | undefined, settings: Setting[]): SettingChoice | null {
  if (!text) return null;
  const [key, ...rest] = text.split(":");
  const setting = settings.find((candidate) => candidate.key === key);
  if (!setting) return null;
  if (rest.length === 0) return { key, value: null };
  const value = rest.join(":");
  return value === UNKNOWN || setting.values.includes(value) ? { key, value } : null;
}

export function formatSettingChoice(choice: SettingChoice): string {
  return choice.value === null ? choice.key : `${choice.key}:${choice.value}`;
}

/** Rows split by one setting's value: the allowed values in their order, then unknown; empty groups left out. */
export function groupBySetting<T extends { settings: SettingValues }>(rows: T[], setting: Setting): { value: string; rows: T[] }[] {
  const order = [...setting.values, UNKNOWN];
  const groups = new Map<string, T[]>(order.map((value) => [value, []]));
  for (const row of rows) {
    const value = settingValue(row.settings, setting.key);
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(row);
  }
  return [...groups].filter(([, members]) => members.length > 0).map(([value, members]) => ({ value, rows: members }));
}

/**
 * The comparable group: for each setting, the value most results have (known values win a tie over
 * unknown, then the earlier allowed value). A result that differs from it in a setting is marked.
 */
export function comparableGroup(rows: { settings: SettingValues }[], settings: Setting[]): SettingValues {
  const group: SettingValues = {};
  for (const setting of settings) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const value = settingValue(row.settings, setting.key);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const order = [...setting.values, UNKNOWN];
    const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]));
    if (best) group[setting.key] = best[0];
  }
  return group;
}

/** The settings in which a result differs from the comparable group, with its own value. */
export function differingSettings(row: { settings: SettingValues }, group: SettingValues, settings: Setting[]): { setting: Setting; value: string }[] {
  return settings.flatMap((setting) => {
    const value = settingValue(row.settings, setting.key);
    return group[setting.key] !== undefined && value !== group[setting.key] ? [{ setting, value }] : [];
  });
}

/**
 * The board's default comparison: the rows in the comparable group, ranked among themselves, and the
 * rows that differ from it in some setting (unknown included), shown after them and marked.
 */
export function splitComparable<T extends { settings: SettingValues }>(
  rows: T[],
  settings: Setting[],
  group: SettingValues = comparableGroup(rows, settings),
): { group: SettingValues; comparable: T[]; others: T[] } {
  const comparable: T[] = [];
  const others: T[] = [];
  for (const row of rows) (differingSettings(row, group, settings).length === 0 ? comparable : others).push(row);
  return { group, comparable, others };
}
