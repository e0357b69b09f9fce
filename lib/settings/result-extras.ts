// A result's settings and axes as the Result row stores them, and the importer's count of them.
import { axesFromValues, AXES, type Axis, type AxisValues } from "@/lib/axes/axes";
import { settingsFromArchiveRow } from "./archive-markers";
import type { SettingValues } from "./kinds";

export type ResultExtras = {
  settings: string;
  settingNotes: string;
  params: number | null;
  trainingCompute: number | null;
  inferenceCost: number | null;
};

export function resultExtras(settings: SettingValues, notes: string, axes: AxisValues): ResultExtras {
  return {
    settings: JSON.stringify(Object.fromEntries(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)))),
    settingNotes: notes,
    params: axes.params ?? null,
    trainingCompute: axes.trainingCompute ?? null,
    inferenceCost: axes.inferenceCost ?? null,
  };
}

/** What the archive says of a row's settings and axes. */
export function archiveRowExtras(row: {
  modelName: string;
  usesAdditionalData?: boolean | null;
  values: { metric: string; value: number | null }[];
}): ResultExtras {
  const { settings, notes } = settingsFromArchiveRow(row);
  return resultExtras(settings, notes, axesFromValues(row.values));
}

/** Rows that got each setting's value ("ensemble=yes": 12), each axis, and a footnote: for the import's report. */
export class ExtrasTally {
  readonly settings = new Map<string, number>();
  readonly axes = new Map<Axis, number>(AXES.map((axis) => [axis, 0]));
  footnotes = 0;

  add(extras: ResultExtras): void {
    for (const [key, value] of Object.entries(JSON.parse(extras.settings) as SettingValues)) {
      const label = `${key}=${value}`;
      this.settings.set(label, (this.settings.get(label) ?? 0) + 1);
    }
    for (const axis of AXES) if (extras[axis] !== null) this.axes.set(axis, this.axes.get(axis)! + 1);
    if (extras.settingNotes) this.footnotes += 1;
  }

  lines(): string[] {
    const settings = [...this.settings].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => `  ${label}: ${count}`);
    const axes = [...this.axes].map(([axis, count]) => `  ${axis}: ${count}`);
    return [
      "Rows with each setting:",
      ...(settings.length ? settings : ["  none"]),
      `  with a footnote: ${this.footnotes}`,
      "Rows with each size or cost axis:",
      ...axes,
    ];
  }
}
