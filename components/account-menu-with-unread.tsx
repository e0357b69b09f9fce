"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { AccountMenu } from "@/components/account-menu";
import { readHintCookie } from "@/lib/auth/account-hint-cookie";
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
  const [unread, setUnread] = useState(0);
  const pathname = usePathname();

  // The count the hint cookie remembers, shown until the server's answers.
  useEffect(() => setUnread(readHintCookie()?.unread ?? 0), []);

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
