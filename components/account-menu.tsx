"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { buttonClass } from "@/components/ui/button-link";
import { signInPath, signUpPath } from "@/lib/auth/callback-url";
import { canModerate, isAdmin, ROLE_LABELS } from "@/lib/auth/roles";
import { hintStore, writeHintCookie } from "@/lib/auth/account-hint-cookie";
import { onSessionChange } from "@/lib/auth/session-events";
import { ACCOUNT_CLASSES, ACCOUNT_HINT_COOKIE, readAccountHint } from "@/lib/front/account-hint.js";
import type { Role } from "@/lib/generated/prisma/enums";

// The email is known once the session is read; the hint cookie alone gives a name and a role.
type MenuUser = { name: string | null; email?: string; role: Role };
type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "signed-in"; user: MenuUser };

/** The session as Auth.js serves it to the browser (`null` when signed out). */
async function fetchSessionUser(): Promise<MenuUser | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  const session = response.ok ? ((await response.json()) as { user?: MenuUser } | null) : null;
  return session?.user?.email ? session.user : null;
}

/** The menu as the hint cookie's value tells it: "loading" while hydrating, "" is no hint. */
function sessionFromHint(value: string | null): SessionState {
  if (value === null) return { status: "loading" };
  const hint = readAccountHint(`${ACCOUNT_HINT_COOKIE}=${encodeURIComponent(value)}`);
  return hint ? { status: "signed-in", user: { name: hint.name, role: hint.role } } : { status: "anonymous" };
}

const displayNameOf = (user: MenuUser) => user.name?.trim() || user.email || "";

/**
 * The header's account area. Every public page is the same cached HTML for everyone: the front (server.js)
 * puts a signed-in visitor's button in this area's empty slot from the hint cookie, and the menu takes its
 * place once loaded, first from the hint, then from the session it reads (which it writes back to the hint).
 * `unreadDecisions` puts a count on "My submissions".
 */
export function AccountMenu({ unreadDecisions = 0 }: { unreadDecisions?: number }) {
  // What the session said once read; until then the hint cookie (null while the page hydrates).
  const [read, setRead] = useState<SessionState | null>(null);
  const hintValue = useSyncExternalStore(hintStore.subscribe, hintStore.value, hintStore.serverValue);
  const session = read ?? sessionFromHint(hintValue);
  // A click on the button the front put in the slot, before the menu took its place, opens the menu.
  const [isOpenAtStart, setIsOpenAtStart] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      fetchSessionUser()
        .catch(() => undefined)
        .then((user) => {
          if (!isCurrent || user === undefined) return;
          setRead(user ? { status: "signed-in", user } : { status: "anonymous" });
          if (!user) writeHintCookie(null);
        });
    load();
    const stopListening = onSessionChange(load);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, []);

  useEffect(() => {
    if (session.status === "signed-in" && session.user.email)
      writeHintCookie({ name: displayNameOf(session.user), role: session.user.role, unread: unreadDecisions });
  }, [session, unreadDecisions]);

  // Until then, the slot the front may have filled: React leaves its content as it is.
  if (session.status === "loading")
    return (
      <div
        className="ml-auto flex items-center text-sm"
        data-account-slot=""
        onClick={() => setIsOpenAtStart(true)}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: "" }}
      />
    );
  return (
    <div className="ml-auto flex items-center text-sm">
      {session.status === "anonymous" && <SignInLinks />}
      {session.status === "signed-in" && <UserMenu user={session.user} unreadDecisions={unreadDecisions} isOpenAtStart={isOpenAtStart} />}
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

function UserMenu({ user, unreadDecisions, isOpenAtStart }: { user: MenuUser; unreadDecisions: number; isOpenAtStart: boolean }) {
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  // Open on the page where it was opened: navigating elsewhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(isOpenAtStart ? pathname : null);
  const isOpen = openOn === pathname;
  const setIsOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  const displayName = displayNameOf(user);

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
        className={ACCOUNT_CLASSES.button}
      >
        <span aria-hidden className={ACCOUNT_CLASSES.initial}>
          {displayName.charAt(0).toUpperCase()}
        </span>
        {/* The header has room for a short name on wider screens; the menu shows it whole. */}
        <span className={ACCOUNT_CLASSES.name}>{displayName}</span>
        {unreadDecisions > 0 && <span aria-hidden className={ACCOUNT_CLASSES.dot} />}
      </button>
      {isOpen && (
        <div
          id={menuId}
          className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg"
        >
          <div className="border-b border-slate-100 px-4 py-3">
            <p className="truncate font-medium text-slate-900">{displayName}</p>
            <p className="truncate text-xs text-slate-500">{[user.email, ROLE_LABELS[user.role]].filter(Boolean).join(" · ")}</p>
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
