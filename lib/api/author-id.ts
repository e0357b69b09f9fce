// The old API gave authors ids; the catalogue keeps only names on papers. An author's id is the name in
// lower case with its words joined by hyphens ("Ashish Vaswani" → ashish-vaswani), letters of every
// script kept ("José García" → josé-garcía), so that the id leads back to the name.

export function authorIdOf(name: string): string {
  return (
    name
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "-"
  );
}

/**
 * Words of an id that a name containing them must contain, for the database to find candidates: SQLite
 * ignores case only for ASCII letters, so a word's leading letters outside ASCII that have a case are
 * left out ("émile" → "mile"). The candidates are then checked with authorIdOf.
 */
export function authorSearchWords(id: string): string[] {
  return id
    .split("-")
    .map((word) => word.replace(/^[^\x00-\x7f]+/u, (head) => (head.toUpperCase() === head.toLowerCase() ? head : "")))
    .filter(Boolean);
}
