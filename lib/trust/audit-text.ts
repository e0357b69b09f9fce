import type { AuditKind } from "@/lib/generated/prisma/enums";

// The audit events of contests, trust evidence and author claims, in words for the logs.
const TRUST_KINDS = ["AUTHOR_CLAIM", "RESULT_CONFIRMED", "RESULT_DISPUTED", "CONTEST_SETTLED", "TRUST_EVIDENCE"] as const;
type TrustAuditKind = (typeof TRUST_KINDS)[number];

export function isTrustAuditKind(kind: AuditKind): kind is TrustAuditKind {
  return (TRUST_KINDS as readonly string[]).includes(kind);
}

/** "author claim on Deep Residual Learning", … */
export function trustAuditWhat(subject: string): Record<TrustAuditKind, string> {
  return {
    AUTHOR_CLAIM: `author claim on ${subject}`,
    RESULT_CONFIRMED: `author's confirmation of ${subject}`,
    RESULT_DISPUTED: `author's dispute of ${subject}`,
    CONTEST_SETTLED: `contest ${subject}`,
    TRUST_EVIDENCE: `reproduction of ${subject}`,
  };
}

/** A stored before/after value in words: strings as they are, objects as "key: value" pairs. */
export function trustAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${entry ?? "—"}`)
    .join("; ");
}
