// The old API's conferences and proceedings, derived from a paper's venue as the catalogue keeps it:
// "ECCV 2020" (typed by a submitter) or "neurips-2019-12" (the archive's proceeding id) are the
// proceeding eccv-2020 of the conference eccv, and neurips-2019-12 of neurips (year 2019, month 12).
import { slugify } from "@/lib/catalogue/slug";

export type Conference = { id: string; name: string };
export type Proceeding = { id: string; year: number | null; month: number | null };
export type VenueProceeding = { conference: Conference; proceeding: Proceeding };

// Names that upper case would spell wrong; the others (ICLR, CVPR, ACL…) are acronyms.
const CONFERENCE_NAMES: Record<string, string> = { neurips: "NeurIPS", nips: "NIPS", interspeech: "Interspeech", arxiv: "arXiv" };

const YEAR = /^(19|20)\d{2}$/;

/** The conference's name as people write it: the venue's words before the year; an id's in upper case. */
function conferenceName(id: string, venue: string): string {
  if (CONFERENCE_NAMES[id]) return CONFERENCE_NAMES[id];
  const yearAt = venue.search(/(19|20)\d{2}/);
  const words = (yearAt > 0 ? venue.slice(0, yearAt) : venue).replace(/[\s_,-]+$/, "").trim();
  return /^[a-z0-9-]+$/.test(words) ? words.toUpperCase() : words || id.toUpperCase();
}

/** The proceeding and conference a venue names; null for no venue. */
export function proceedingOfVenue(venue: string | null): VenueProceeding | null {
  const id = venue?.trim() ? slugify(venue, "") : "";
  if (!venue || !id) return null;
  const parts = id.split("-");
  const yearIndex = parts.findIndex((part) => YEAR.test(part));
  const month = yearIndex >= 0 ? Number(parts[yearIndex + 1]) : NaN;
  const conferenceId = yearIndex > 0 ? parts.slice(0, yearIndex).join("-") : id;
  return {
    conference: { id: conferenceId, name: conferenceName(conferenceId, venue.trim()) },
    proceeding: {
      id,
      year: yearIndex >= 0 ? Number(parts[yearIndex]) : null,
      month: Number.isInteger(month) && month >= 1 && month <= 12 ? month : null,
    },
  };
}
