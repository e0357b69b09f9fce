import { preflight } from "@/lib/api/cors";
import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handler";

export const GET = apiGet(endpoints.getProceeding);
export const OPTIONS = preflight("GET");
