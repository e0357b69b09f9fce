"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { onSessionChange } from "@/lib/auth/session-events";

type Inbox = { signedIn: boolean; unread: number };

/** The header's "Inbox" link with its unread count, for a signed-in user; read after each navigation. */
export function InboxLink() {
  const [inbox, setInbox] = useState<Inbox>({ signedIn: false, unread: 0 });
  const pathname = usePathname();

  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      fetch("/api/me/inbox", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<Inbox>) : { signedIn: false, unread: 0 }))
        .catch(() => ({ signedIn: false, unread: 0 }))
        .then((body) => isCurrent && setInbox(body));
    load();
    const stopListening = onSessionChange(load);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [pathname]);

  if (!inbox.signedIn) return null;
  return (
    <Link
      href="/inbox"
      data-testid="inbox-link"
      className="flex items-center gap-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900"
    >
      Inbox
      {inbox.unread > 0 && (
        <span data-testid="inbox-unread" className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs leading-none font-semibold text-white">
          {inbox.unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
