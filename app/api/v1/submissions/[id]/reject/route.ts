import { decisionRoute } from "@/lib/api/decision-route";

export const POST = decisionRoute("reject");
