import { downloadDump } from "@/lib/dumps/download";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return downloadDump(request, (await params).file);
}
