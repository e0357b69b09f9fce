import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditKind, MetricDirection, Role } from "@/lib/generated/prisma/enums";
import { describeSettingsList } from "@/lib/settings/describe";
import { isTrustAuditKind, trustAuditValue, trustAuditWhat } from "@/lib/trust/audit-text";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

/** One change as the audit log keeps it: what, about whom or which metric, before and after. */
export type AuditChange = {
  kind: AuditKind;
  subject: string;
  before: Prisma.InputJsonValue;
  after: Prisma.InputJsonValue;
  metricId?: string;
};

type MetricState = { id: string; name: string; direction: MetricDirection; unit: string };

/** What a save of a benchmark's metrics changed: each direction and unit, and their order (whose first is the default ranking). */
export function diffMetrics(before: MetricState[], after: Omit<MetricState, "name">[]): AuditChange[] {
  const byId = new Map(before.map((metric) => [metric.id, metric]));
  const changes: AuditChange[] = [];
  for (const metric of after) {
    const old = byId.get(metric.id);
    if (!old) continue;
    if (old.direction !== metric.direction)
      changes.push({ kind: "METRIC_DIRECTION", subject: old.name, metricId: old.id, before: old.direction, after: metric.direction });
    if (old.unit !== metric.unit) changes.push({ kind: "METRIC_UNIT", subject: old.name, metricId: old.id, before: old.unit, after: metric.unit });
  }
  const oldOrder = before.map((metric) => metric.name);
  const newOrder = after.flatMap((metric) => byId.get(metric.id)?.name ?? []);
  if (oldOrder.join("\u0000") !== newOrder.join("\u0000")) changes.push({ kind: "METRIC_ORDER", subject: "metric order", before: oldOrder, after: newOrder });
  return changes;
}

/** A role change as the audit log keeps it. */
export function roleChange(user: { id: string; email: string }, before: Role, after: Role): AuditChange & { userId: string } {
  return { kind: "USER_ROLE", subject: user.email, userId: user.id, before, after };
}

/** Writes the changes inside the caller's transaction, so that a change is never without its record. */
export async function recordAuditEvents(
  tx: Tx,
  context: { actorId: string | null; benchmarkId?: string },
  changes: (AuditChange & { userId?: string })[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.auditEvent.createMany({ data: changes.map((change) => ({ ...context, ...change })) });
}

const ROLE_TEXT: Record<Role, string> = { USER: "User", MODERATOR: "Moderator", ADMIN: "Admin" };

function textOf(kind: AuditKind, value: unknown): string {
  if (isTrustAuditKind(kind)) return trustAuditValue(value);
  if (kind === "METRIC_DIRECTION") return DIRECTION_TEXT[value as MetricDirection] ?? String(value);
  if (kind === "USER_ROLE") return ROLE_TEXT[value as Role] ?? String(value);
  if (kind === "METRIC_ORDER") return Array.isArray(value) ? value.join(", ") : String(value);
  if (kind === "BENCHMARK_SETTINGS") return describeSettingsList(value);
  return value === "" ? "no unit" : String(value);
}

/** "direction of Error", "higher is better", "lower is better": an event in words, for the logs and the leaderboard. */
export function describeAuditEvent(event: { kind: AuditKind; subject: string; before: unknown; after: unknown }): {
  what: string;
  before: string;
  after: string;
} {
  const what = {
    METRIC_DIRECTION: `direction of ${event.subject}`,
    METRIC_UNIT: `unit of ${event.subject}`,
    METRIC_ORDER: "order of the metrics (the first ranked one is the default ranking)",
    USER_ROLE: `role of ${event.subject}`,
    BENCHMARK_SETTINGS: "settings that split its comparisons",
    ENTRY_REPLACED: `proposed ${event.subject} replaced by an existing one`,
    ...trustAuditWhat(event.subject),
  }[event.kind];
  return { what, before: textOf(event.kind, event.before), after: textOf(event.kind, event.after) };
}
