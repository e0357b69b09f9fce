import { getSearchSuggestions } from "@/lib/data/search-suggestions";

// Answers are cached by tag like the search page; browsers may keep one a minute.
const HEADERS = { "Cache-Control": "public, max-age=60, stale-while-revalidate=600" };

/** `?q=…`: what the header's search box suggests for what is typed (JSON list, at most a dozen). */
export async function GET(request: Request) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200);
  return Response.json(query.length < 2 ? [] : await getSearchSuggestions(query), { headers: HEADERS });
}
