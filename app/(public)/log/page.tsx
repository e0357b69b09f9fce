import type { Metadata } from "next";
import { getPublicLog } from "@/lib/data/public-log";
import { PublicLogView } from "./_components/public-log-view";

export const metadata: Metadata = {
  title: "Moderation log",
  description: "Who approved which result and when, and which results were retracted and why.",
};

export default async function PublicLogPage() {
  return <PublicLogView log={await getPublicLog(1)} page={1} />;
}
