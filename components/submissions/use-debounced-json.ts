"use client";

import { useEffect, useState } from "react";

/**
 * The JSON at `url`, fetched once the url has stayed the same for `delayMs` (typing has paused);
 * a newer url cancels the request before it. With no url, `empty`.
 */
export function useDebouncedJson<T>(url: string | null, { initial, empty, delayMs }: { initial: T; empty: T; delayMs: number }): T {
  const [data, setData] = useState<T>(initial);
  const [lastUrl, setLastUrl] = useState(url);
  // A cleared url shows `empty` in this render (React's "adjusting state when a prop changes", not an effect).
  if (url !== lastUrl) {
    setLastUrl(url);
    if (!url) setData(empty);
  }
  useEffect(() => {
    if (!url) return;
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
    // `empty` and `delayMs` are constants of the caller's: only a new url asks for a new fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [url]);
  return data;
}
