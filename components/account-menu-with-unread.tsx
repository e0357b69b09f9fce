"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { AccountMenu } from "@/components/account-menu";
import { hintStore } from "@/lib/auth/account-hint-cookie";
import { onSessionChange } from "@/lib/auth/session-events";

async function fetchUnreadCount(): Promise<number> {
  const response = await fetch("/api/me/unread", { cache: "no-store" });
  const body = response.ok ? ((await response.json()) as { count?: number }) : null;
  return body?.count ?? 0;
}

/**
 * The account menu with its count of unread decisions, read in the browser after each navigation
 * (opening a decision marks it read), so that cached pages stay the same for every visitor.
 */
export function AccountMenuWithUnread() {
  const [fetched, setUnread] = useState<number | null>(null);
  // The count the hint cookie remembers, shown until the server's answer (0 while the page hydrates).
  const hintValue = useSyncExternalStore(hintStore.subscribe, hintStore.value, hintStore.serverValue);
  const unread = fetched ?? (hintValue ? ((JSON.parse(hintValue) as { u?: number }).u ?? 0) : 0);
  const pathname = usePathname();

  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      fetchUnreadCount()
        .catch(() => 0)
        .then((count) => {
          if (isCurrent) setUnread(count);
        });
    load();
    const stopListening = onSessionChange(load);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [pathname]);

  return <AccountMenu unreadDecisions={unread} />;
}
