import { preflight } from "@/lib/api/cors";
import { apiOperation } from "@/lib/api/operation";
import { submissionEndpoints } from "@/lib/api/submission-endpoints";

export const GET = apiOperation(submissionEndpoints.getSubmission);
export const PUT = apiOperation(submissionEndpoints.resubmitSubmission);
export const OPTIONS = preflight("GET");
