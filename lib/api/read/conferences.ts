import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import type { z } from "zod";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { ConferenceListParams } from "../params";
import type { ApiConference, ApiPaper, ApiProceeding } from "../schemas";

import { proceedingOfVenue } from "../venues";
import { pageOfPapers } from "./papers";

type ConferenceEntry = ApiConference & { proceedings: Map<string, ApiProceeding & { venues: string[] }> };

/** Every conference the papers' venues name, each with its proceedings and the venues spelled into them. */
async function conferencesOfVenues(): Promise<Map<string, ConferenceEntry>> {
  // One scan of the papers for every conference read until the catalogue changes. Most papers first: the
  // commonest spelling of a conference names it.
  const venues = await cached(["api-venues"], [tags.catalogue], () =>
    prisma.paper.groupBy({ by: ["venue"], where: { venue: { not: null } }, orderBy: { _count: { venue: "desc" } } }),
  );
  const conferences = new Map<string, ConferenceEntry>();
  for (const { venue } of venues) {
    const found = proceedingOfVenue(venue);
    if (!found || !venue) continue;
    const conference = conferences.get(found.conference.id) ?? { ...found.conference, proceedings: new Map() };
    conferences.set(conference.id, conference);
    const proceeding = conference.proceedings.get(found.proceeding.id) ?? { ...found.proceeding, venues: [] };
    conference.proceedings.set(proceeding.id, { ...proceeding, venues: [...proceeding.venues, venue] });
  }
  return conferences;
}

const toApiConference = ({ id, name }: ConferenceEntry): ApiConference => ({ id, name });
const toApiProceeding = ({ id, year, month }: ApiProceeding): ApiProceeding => ({ id, year, month });

/** conferences/: by name; `q` and `name` keep those that contain their words, case aside. */
export async function listConferences(params: z.output<typeof ConferenceListParams>, window: PageWindow): Promise<Slice<ApiConference>> {
  const words = (params.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? []).map((word) => (text: string) => text.toLowerCase().includes(word));
  const name = params.name?.toLowerCase();
  const found = [...(await conferencesOfVenues()).values()]
    .filter((conference) => words.every((matches) => matches(conference.id) || matches(conference.name)))
    .filter((conference) => !name || conference.name.toLowerCase().includes(name))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return sliceOf(found.map(toApiConference), window);
}

export async function readConference(id: string): Promise<ApiConference | null> {
  const conference = (await conferencesOfVenues()).get(id);
  return conference ? toApiConference(conference) : null;
}

/** conferences/{id}/proceedings/: newest first, those without a year last. */
export async function readConferenceProceedings(id: string, window: PageWindow): Promise<Slice<ApiProceeding> | null> {
  const conference = (await conferencesOfVenues()).get(id);
  if (!conference) return null;
  const proceedings = [...conference.proceedings.values()].sort(
    (a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.month ?? 0) - (a.month ?? 0) || a.id.localeCompare(b.id),
  );
  return sliceOf(proceedings.map(toApiProceeding), window);
}

async function proceedingOf(conferenceId: string, proceedingId: string) {
  return (await conferencesOfVenues()).get(conferenceId)?.proceedings.get(proceedingId) ?? null;
}

export async function readProceeding(conferenceId: string, proceedingId: string): Promise<ApiProceeding | null> {
  const proceeding = await proceedingOf(conferenceId, proceedingId);
  return proceeding && toApiProceeding(proceeding);
}

/** conferences/{id}/proceedings/{proceeding}/papers/: newest first. */
export async function readProceedingPapers(conferenceId: string, proceedingId: string, window: PageWindow): Promise<Slice<ApiPaper> | null> {
  const proceeding = await proceedingOf(conferenceId, proceedingId);
  if (!proceeding) return null;
  const where = { venue: { in: proceeding.venues } };
  return pageOfPapers(where, window);
}
