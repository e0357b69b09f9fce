import { effectiveSettings, parseDeclaredSettings, parseSettingValues, settingValue, type SettingValues } from "./kinds";

/** For the API and the dumps: each result's value of every setting its benchmark compares by, "unknown" included. */
export function apiSettings(declaredText: string | null, results: { settings: string }[]): (settingsText: string) => SettingValues {
  const settings = effectiveSettings(
    parseDeclaredSettings(declaredText),
    results.map((result) => ({ settings: parseSettingValues(result.settings) })),
  );
  return (settingsText) => {
    const values = parseSettingValues(settingsText);
    return Object.fromEntries(settings.map((setting) => [setting.key, settingValue(values, setting.key)]));
  };
}
