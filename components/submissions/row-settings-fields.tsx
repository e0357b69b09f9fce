"use client";

import { Field, inputClass } from "@/components/ui/field";
import { UNKNOWN, type Setting } from "@/lib/settings/kinds";
import { fieldId, useFieldAt } from "./form-paths";

/**
 * A row's settings (the benchmark's, each with its allowed values and "unknown", the default) and its
 * parameter count: what the leaderboard compares results by.
 */
export function RowSettingsFields({ prefix, settings }: { prefix: string; settings: Setting[] }) {
  const { register, errorAt } = useFieldAt();
  return (
    <fieldset className="space-y-2" data-testid="row-settings">
      <legend className="text-sm font-medium text-slate-800">Settings and size</legend>
      <p className="text-xs text-slate-500">What the leaderboard compares results by. Leave a setting unknown if the paper does not say.</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {settings.map((setting) => (
          <Field key={setting.key} id={fieldId(`${prefix}.settings.${setting.key}`)} label={setting.label} error={errorAt(`${prefix}.settings.${setting.key}`)}>
            {(control) => (
              <select {...control} {...register(`${prefix}.settings.${setting.key}`)} defaultValue={UNKNOWN} className={inputClass}>
                <option value={UNKNOWN}>{UNKNOWN}</option>
                {setting.values.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field id={fieldId(`${prefix}.params`)} label="Parameters (optional)" hint="e.g. 7B, 350M or 7e9" error={errorAt(`${prefix}.params`)}>
          {(control) => <input {...control} {...register(`${prefix}.params`)} type="text" inputMode="text" className={`${inputClass} tabular`} />}
        </Field>
      </div>
    </fieldset>
  );
}
