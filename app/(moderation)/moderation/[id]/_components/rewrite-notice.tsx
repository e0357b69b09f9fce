"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/field";

const Announce = createContext<(message: string) => void>(() => {});

/**
 * Where a rewrite of the submission says what it did. It lives above the near-names card, which goes
 * away once its proposal is replaced: the page refreshes, this keeps its message.
 */
export function RewriteNotice({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  return (
    <Announce value={setMessage}>
      <FormMessage tone="success" className="mb-4">
        {message}
      </FormMessage>
      {children}
    </Announce>
  );
}

export function useAnnounceRewrite(): (message: string) => void {
  return useContext(Announce);
}
