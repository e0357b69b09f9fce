"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/field";

const Announce = createContext<(message: string) => void>(() => {});

/**
 * Where a rewrite of the submission says what it did. It lives above the near-names card, which goes
 * away once its proposal is replaced: the page refreshes, this keeps its message. Its live region is
 * not a form's message until there is one: the decision form's stays the page's only one.
 */
export function RewriteNotice({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  return (
    <Announce value={setMessage}>
      <div aria-live="polite" data-testid="rewrite-notice">
        {message && (
          <FormMessage tone="success" className="mb-4">
            {message}
          </FormMessage>
        )}
      </div>
      {children}
    </Announce>
  );
}

export function useAnnounceRewrite(): (message: string) => void {
  return useContext(Announce);
}
