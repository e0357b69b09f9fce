"use client";

import { useCallback, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { UNKNOWN, type Setting } from "@/lib/settings/kinds";
import type { CreateSubmission } from "@/lib/validations/submission";

/**
 * The settings each row is asked: the known benchmark's. When the benchmark changes, every row keeps
 * the values the new one allows and is unknown in the rest, so that no setting of another benchmark is sent.
 */
export function useRowSettings(form: UseFormReturn<CreateSubmission>, initial: Setting[]) {
  const [settings, setSettings] = useState(initial);
  const adopt = useCallback(
    (next: Setting[]) => {
      setSettings(next);
      form.getValues("rows").forEach((row, index) => {
        const kept = next.map((setting) => {
          const value = row.settings?.[setting.key];
          return [setting.key, value && setting.values.includes(value) ? value : UNKNOWN];
        });
        form.setValue(`rows.${index}.settings`, Object.fromEntries(kept));
      });
    },
    [form],
  );
  return [settings, adopt] as const;
}
