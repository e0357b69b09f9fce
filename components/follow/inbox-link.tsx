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
      aria-label="Inbox"
      title="Inbox"
      data-testid="inbox-link"
      className="relative rounded-md p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
        <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.3 2.6A1 1 0 0 0 4.6 14h10.8a1 1 0 0 0 .9-1.4L15 9.6V7a5 5 0 0 0-5-5Zm-2 13.5a2 2 0 0 0 4 0H8Z" />
      </svg>
      {inbox.unread > 0 && (
        <span
          data-testid="inbox-unread"
          className="absolute -top-1 -right-1 rounded-full bg-brand-600 px-1.5 py-0.5 text-[0.6875rem] leading-none font-semibold text-white"
        >
          {inbox.unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
