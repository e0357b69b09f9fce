"use client";

import { useEffect, useState } from "react";

/**
 * The JSON at `url`, fetched once the url has stayed the same for `delayMs` (typing has paused);
 * a newer url cancels the request before it. With no url, `empty`.
 */
export function useDebouncedJson<T>(url: string | null, { initial, empty, delayMs }: { initial: T; empty: T; delayMs: number }): T {
  const [data, setData] = useState<T>(initial);
  useEffect(() => {
    if (!url) return setData(empty);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(url, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<T>) : empty))
        .then(setData)
        .catch(() => undefined);
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `empty` is a constant of the caller's: only a new url asks for a new fetch.
  }, [url]);
  return data;
}
