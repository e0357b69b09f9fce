import path from "node:path";
import { formatBytes, formatCount, plural } from "@/lib/format";
import type { ImportProgress, ImportSummary } from "./import-pwc";
import { ENTITY_KINDS } from "./import-tally";

const BAR_WIDTH = 30;
const LINE_INTERVAL_MS = 5_000;
const UNREADABLE_VALUES_SHOWN = 50;

/** Progress on stderr: a bar redrawn in place on a terminal, else a line every few seconds and at the end. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  let lastLineAt = 0;
  let lastDrawAt = 0;
  return ({ file, phase, bytesRead, totalBytes }) => {
    const now = Date.now();
    const isDone = bytesRead >= totalBytes;
    const share = totalBytes === 0 ? 1 : bytesRead / totalBytes;
    const label = `${phase === "checking" ? "Checking " : "Importing"} ${path.basename(file)}`;
    const amount = `${formatBytes(bytesRead)} / ${formatBytes(totalBytes)} (${Math.floor(share * 100)}%)`;
    if (stream.isTTY) {
      if (!isDone && now - lastDrawAt < 100) return;
      lastDrawAt = now;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
      stream.write(`\r${label} ${bar} ${amount}\x1b[K${isDone ? "\n" : ""}`);
    } else if (isDone || now - lastLineAt >= LINE_INTERVAL_MS) {
      lastLineAt = now;
      stream.write(`${label}: ${amount}\n`);
    }
  };
}

/** The summary printed at the end of an import. */
export function formatSummary(summary: ImportSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const files = summary.files.map((file) => path.basename(file)).join(", ");
  const row = (label: string, cells: string[]) =>
    label.padEnd(12) + cells.map((cell, i) => cell.padStart(i === 2 ? 11 : 10)).join("");
  const lines = [
    `Imported ${files} in ${seconds} s (${plural(summary.taskTrees, "top-level task")}).`,
    "",
    row("", ["created", "updated", "unchanged"]),
    ...ENTITY_KINDS.map((kind) => {
      const { created, updated, unchanged } = summary.counts[kind];
      return row(kind, [created, updated, unchanged].map(formatCount));
    }),
    "",
  ];
  if (summary.skippedRows.length === 0) {
    lines.push("Rows not read: none.");
  } else {
    lines.push(`Rows not read (${formatCount(summary.skippedRows.length)}), not imported:`);
    lines.push(...summary.skippedRows.map((row) => `  ${row.file} ${row.place}: ${row.reason}`));
  }
  if (summary.unreadableValues.length > 0) {
    lines.push(
      `Values kept as text, flagged and not ranked (${formatCount(summary.unreadableValues.length)}):`,
      ...summary.unreadableValues
        .slice(0, UNREADABLE_VALUES_SHOWN)
        .map((value) => `  ${value.file} ${value.place}: ${JSON.stringify(value.raw)}`),
    );
    const more = summary.unreadableValues.length - UNREADABLE_VALUES_SHOWN;
    if (more > 0) lines.push(`  … and ${formatCount(more)} more`);
  }
  return lines.join("\n");
}
