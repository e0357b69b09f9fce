import { preflight } from "@/lib/api/cors";
import { apiOperation } from "@/lib/api/operation";
import { submissionEndpoints } from "@/lib/api/submission-endpoints";

export const GET = apiOperation(submissionEndpoints.listSubmissions);
export const POST = apiOperation(submissionEndpoints.createSubmission);
// Reads may come from any site; writes only from scripts and this site (see lib/api/cors.ts).
export const OPTIONS = preflight("GET");
