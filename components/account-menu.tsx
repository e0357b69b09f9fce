"use client";

import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { buttonClass } from "@/components/ui/button-link";
import { signInPath, signUpPath } from "@/lib/auth/callback-url";
import { canModerate, isAdmin, ROLE_LABELS } from "@/lib/auth/roles";
import { onSessionChange } from "@/lib/auth/session-events";
import type { Role } from "@/lib/generated/prisma/enums";

type MenuUser = { name: string | null; email: string; role: Role };
type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "signed-in"; user: MenuUser };

/** The session as Auth.js serves it to the browser (`null` when signed out). */
async function fetchSessionUser(): Promise<MenuUser | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  const session = response.ok ? ((await response.json()) as { user?: MenuUser } | null) : null;
  return session?.user?.email ? session.user : null;
}

/**
 * The header's account area. It reads the session in the browser, so that every public page is
 * the same cached HTML for everyone. `unreadDecisions` puts a count on "My submissions".
 */
export function AccountMenu({ unreadDecisions = 0 }: { unreadDecisions?: number }) {
  const [session, setSession] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      fetchSessionUser()
        .catch(() => null)
        .then((user) => {
          if (isCurrent) setSession(user ? { status: "signed-in", user } : { status: "anonymous" });
        });
    load();
    const stopListening = onSessionChange(load);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, []);

  return (
    <div className="ml-auto flex items-center text-sm">
      {session.status === "loading" && <span aria-hidden className="block h-9 w-9 sm:w-32" />}
      {session.status === "anonymous" && <SignInLinks />}
      {session.status === "signed-in" && <UserMenu user={session.user} unreadDecisions={unreadDecisions} />}
    </div>
  );
}

function SignInLinks() {
  const pathname = usePathname() ?? "/";
  // Coming back here after signing in, except from the account pages themselves.
  const returnTo = pathname.startsWith("/signin") || pathname.startsWith("/signup") ? "/" : pathname;
  return (
    <div className="flex items-center gap-3">
      <Link href={signInPath(returnTo)} className="whitespace-nowrap font-medium text-slate-700 hover:text-slate-900">
        Sign in
      </Link>
      {/* A phone's header has room for one; the sign-in page links to sign-up. */}
      <span className="hidden sm:block">
        <Link href={signUpPath(returnTo)} className={`${buttonClass.primary} whitespace-nowrap`}>
          Sign up
        </Link>
      </span>
    </div>
  );
}

function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="ml-auto rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
      {count}
      <span className="sr-only"> {label}</span>
    </span>
  );
}

function UserMenu({ user, unreadDecisions }: { user: MenuUser; unreadDecisions: number }) {
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  // Open on the page where it was opened: navigating elsewhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const setIsOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  const displayName = user.name?.trim() || user.email;

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpenOn(null);
    };
    document.addEventListener("pointerdown", closeOnOutsideClick);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOnOutsideClick);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [isOpen]);

  const links = [
    { href: "/profile", label: "Profile" },
    { href: "/submissions", label: "My submissions", badge: unreadDecisions },
    ...(canModerate(user) ? [{ href: "/moderation", label: "Moderation" }] : []),
    ...(isAdmin(user) ? [{ href: "/admin/users", label: "Admin" }] : []),
  ];
  const itemClass = "flex w-full items-center gap-2 px-4 py-2 text-left text-slate-700 hover:bg-slate-50 hover:text-slate-900";

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen(!isOpen)}
        data-testid="account-menu-button"
        title={displayName}
        className="flex items-center gap-1.5 rounded-full p-1 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 sm:pr-2.5"
      >
        <span aria-hidden className="grid h-7 w-7 shrink-0 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
          {displayName.charAt(0).toUpperCase()}
        </span>
        {/* The header has room for a short name on wider screens; the menu shows it whole. */}
        <span className="sr-only sm:not-sr-only sm:max-w-[5.5rem] sm:truncate">{displayName}</span>
        {unreadDecisions > 0 && <span aria-hidden className="h-2 w-2 shrink-0 rounded-full bg-brand-600" />}
      </button>
      {isOpen && (
        <div
          id={menuId}
          className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg"
        >
          <div className="border-b border-slate-100 px-4 py-3">
            <p className="truncate font-medium text-slate-900">{displayName}</p>
            <p className="truncate text-xs text-slate-500">
              {user.email} · {ROLE_LABELS[user.role]}
            </p>
          </div>
          <ul className="py-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={itemClass} onClick={() => setIsOpen(false)}>
                  {link.label}
                  <CountBadge count={link.badge ?? 0} label="unread decisions" />
                </Link>
              </li>
            ))}
          </ul>
          <div className="border-t border-slate-100 py-1">
            <SignOutButton className={itemClass} />
          </div>
        </div>
      )}
    </div>
  );
}
