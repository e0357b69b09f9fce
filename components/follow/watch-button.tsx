"use client";

import { useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { buttonClass } from "@/components/ui/button-link";
import { setOwnWatch } from "@/lib/actions/set-watch";
import { signInPath } from "@/lib/auth/callback-url";
import type { WatchTargetKind } from "@/lib/generated/prisma/enums";

type State = { status: "loading" } | { status: "anonymous" } | { status: "ready"; watching: boolean };

/**
 * Watch/Unwatch for a task, benchmark, paper, dataset or author (by its id; an author's is its author id).
 * Its state is read in the browser, so the page around it stays one cached page for everyone.
 */
export function WatchButton({ kind, targetId }: { kind: WatchTargetKind; targetId: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [message, setMessage] = useState("");
  const [isPending, startTransition] = useTransition();
  const pathname = usePathname() ?? "/";

  useEffect(() => {
    let isCurrent = true;
    fetch(`/api/me/watch?kind=${kind}&id=${encodeURIComponent(targetId)}`, { cache: "no-store" })
      .then((response) => response.json() as Promise<{ signedIn: boolean; watching: boolean }>)
      .then((body) => isCurrent && setState(body.signedIn ? { status: "ready", watching: body.watching } : { status: "anonymous" }))
      .catch(() => isCurrent && setState({ status: "anonymous" }));
    return () => {
      isCurrent = false;
    };
  }, [kind, targetId]);

  // Until the state is read, the anonymous button's room is kept (invisible), so that nothing shifts on a phone.
  if (state.status === "loading")
    return (
      <span aria-hidden className={`${buttonClass.secondary} invisible`}>
        Sign in to watch
      </span>
    );
  if (state.status === "anonymous") {
    return (
      <Link href={signInPath(pathname)} className={buttonClass.secondary}>
        Sign in to watch
      </Link>
    );
  }
  const toggle = () =>
    startTransition(async () => {
      const result = await setOwnWatch({ kind, targetId, watch: !state.watching });
      if (result.ok && result.isWatching !== undefined) setState({ status: "ready", watching: result.isWatching });
      setMessage(result.ok ? (result.isWatching ? "Watching: changes go to your inbox." : "") : (result.message ?? "That did not work."));
    });
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={toggle} disabled={isPending} aria-pressed={state.watching} className={buttonClass.secondary}>
        {state.watching ? "Unwatch" : "Watch"}
      </button>
      <span aria-live="polite" className="sr-only">
        {message}
      </span>
    </span>
  );
}
