import path from "node:path";
import { formatBytes, formatCount, plural } from "@/lib/format";
import type { ImportProgress, ImportSummary } from "./import-pwc";
import type { ArchiveKind } from "./archive-files";
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

const KIND_WORDS: Record<ArchiveKind, string> = {
  papers: "paper",
  links: "code link",
  methods: "method",
  datasets: "dataset",
  "evaluation-tables": "top-level task",
};

/** The summary printed at the end of an import. */
export function formatSummary(summary: ImportSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const files = summary.kinds.map(({ file, kind, elements }) => `${path.basename(file)} (${plural(elements, KIND_WORDS[kind])})`).join(", ");
  const row = (label: string, cells: string[]) => label.padEnd(12) + cells.map((cell) => cell.padStart(11)).join("");
  const lines = [
    `Imported ${files} in ${seconds} s.`,
    "",
    row("", ["created", "updated", "unchanged", "merged"]),
    ...ENTITY_KINDS.map((kind) => {
      const { created, updated, unchanged, merged } = summary.counts[kind];
      return row(kind, [created, updated, unchanged, merged].map(formatCount));
    }),
    "",
    "merged: rows identical to one before them in the same table, written once.",
    `Contests opened: ${formatCount(summary.contestsOpened)} (rows that give a published result other values, kept beside it for a moderator).`,
    `Baselines linked: ${formatCount(summary.baselinesLinked)} (rows of one paper's table that report another paper's model).`,
    ...summary.extras.lines(),
  ];
  if (summary.skippedRows.length === 0) {
    lines.push("Rows not read: none.");
  } else {
    lines.push(`Rows not read (${formatCount(summary.skippedRowCount)}), not imported:`);
    lines.push(...summary.skippedRows.map((row) => `  ${row.file} ${row.place}: ${row.reason}`));
    const unlisted = summary.skippedRowCount - summary.skippedRows.length;
    if (unlisted > 0) lines.push(`  … and ${formatCount(unlisted)} more`);
  }
  if (summary.unreadableValues.length > 0) {
    lines.push(
      `Values kept as text, flagged and not ranked (${formatCount(summary.unreadableValueCount)}):`,
      ...summary.unreadableValues.slice(0, UNREADABLE_VALUES_SHOWN).map((value) => `  ${value.file} ${value.place}: ${JSON.stringify(value.raw)}`),
    );
    const more = summary.unreadableValueCount - Math.min(summary.unreadableValues.length, UNREADABLE_VALUES_SHOWN);
    if (more > 0) lines.push(`  … and ${formatCount(more)} more`);
  }
  return lines.join("\n");
}
