import { apiOperation } from "@/lib/api/operation";
import { submissionEndpoints } from "@/lib/api/submission-endpoints";

export const POST = apiOperation(submissionEndpoints.requestChanges);
