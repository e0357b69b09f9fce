"use client";

import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage, inputClass } from "@/components/ui/field";
import { updateBenchmarkSettingsAction } from "@/lib/actions/update-benchmark-settings";
import { SETTING_KINDS, STANDARD_SETTINGS, type Setting, type SettingKind } from "@/lib/settings/kinds";
import { BenchmarkSettingsFormSchema, type BenchmarkSettingsForm } from "@/lib/validations/benchmark-settings";

const KIND_LABELS: Record<SettingKind, string> = {
  ...(Object.fromEntries(Object.entries(STANDARD_SETTINGS).map(([kind, setting]) => [kind, setting.label])) as Record<Exclude<SettingKind, "CUSTOM">, string>),
  CUSTOM: "Custom",
};

function rowOf(kind: SettingKind): BenchmarkSettingsForm["settings"][number] {
  if (kind === "CUSTOM") return { kind, key: "", label: "", values: "" };
  const { key, label, values } = STANDARD_SETTINGS[kind];
  return { kind, key, label, values: values.join(", ") };
}

/** The settings a benchmark is compared by: typed ones and custom ones, each with its allowed values ("unknown" always is). */
export function SettingsForm({ benchmarkId, settings, isDeclared }: { benchmarkId: string; settings: Setting[]; isDeclared: boolean }) {
  const form = useForm<BenchmarkSettingsForm>({
    resolver: zodResolver(BenchmarkSettingsFormSchema),
    defaultValues: { benchmarkId, settings: settings.map((setting) => ({ ...setting, values: setting.values.join(", ") })) },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "settings", keyName: "fieldKey" });
  const present = new Set(fields.map((row) => row.kind));

  const { submit, message, tone, isBusy } = useActionForm(form, { refresh: "success" });
  const onSubmit = submit(updateBenchmarkSettingsAction);

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Settings of this benchmark">
      <p className="text-sm text-slate-600">
        {isDeclared ? "Declared by a moderator." : "Not declared yet: these are the settings the imported results carry."} Every result shows its value for
        each; a result that does not say is &ldquo;unknown&rdquo;.
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {fields.length === 0 && <li className="px-4 py-4 text-sm text-slate-500">No settings: every result is compared with every other.</li>}
        {fields.map((field, index) => {
          const errors = form.formState.errors.settings?.[index];
          const id = (name: string) => `setting-${index}-${name}`;
          return (
            <li key={field.fieldKey} className="grid gap-3 px-4 py-4 md:grid-cols-[10rem_12rem_minmax(0,1fr)_auto] md:items-start" data-testid="setting-row">
              <div>
                <span className="block text-sm font-medium text-slate-800">Kind</span>
                <span className="mt-2 block text-sm text-slate-600">{KIND_LABELS[field.kind]}</span>
              </div>
              <div>
                <label htmlFor={id("label")} className="block text-sm font-medium text-slate-800">
                  Label
                </label>
                <input id={id("label")} {...form.register(`settings.${index}.label`)} aria-describedby={id("label-error")} className={`${inputClass} mt-1`} />
                <label htmlFor={id("key")} className="mt-2 block text-xs font-medium text-slate-600">
                  Key in links (?setting=)
                </label>
                <input id={id("key")} {...form.register(`settings.${index}.key`)} aria-describedby={id("label-error")} className={`${inputClass} mt-1`} />
                <p id={id("label-error")} aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
                  {errors?.label?.message ?? errors?.key?.message}
                </p>
              </div>
              <div>
                <label htmlFor={id("values")} className="block text-sm font-medium text-slate-800">
                  Allowed values<span className="sr-only"> of {field.label || "this setting"}</span>
                </label>
                <input
                  id={id("values")}
                  {...form.register(`settings.${index}.values`)}
                  aria-describedby={id("values-error")}
                  placeholder="yes, no"
                  className={`${inputClass} mt-1`}
                />
                <p id={id("values-error")} aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
                  {errors?.values?.message}
                </p>
              </div>
              <div className="md:pt-6">
                <button type="button" onClick={() => remove(index)} className={buttonClass.secondary}>
                  Remove<span className="sr-only"> {field.label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2" aria-label="Add a setting">
        {SETTING_KINDS.filter((kind) => kind === "CUSTOM" || !present.has(kind)).map((kind) => (
          <button key={kind} type="button" onClick={() => append(rowOf(kind))} className={buttonClass.secondary}>
            + {KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isBusy ? "Saving…" : "Save settings"}
        </button>
        <FormMessage tone={tone}>{message ?? form.formState.errors.settings?.root?.message}</FormMessage>
      </div>
    </form>
  );
}
