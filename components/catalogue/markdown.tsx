import { renderMarkdown } from "@/lib/markdown/markdown";

const STYLES = [
  "leading-relaxed text-slate-700",
  "[&_p]:mb-3 [&_p:last-child]:mb-0 [&_strong]:font-semibold [&_strong]:text-slate-900",
  "[&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:mb-1",
  "[&_h1]:mb-2 [&_h1]:mt-4 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:mb-2 [&_h2]:mt-4 [&_h2]:text-base [&_h3]:mb-2 [&_h3]:mt-3 [&_h3]:font-semibold",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em] [&_pre]:mb-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 [&_a]:underline [&_a]:underline-offset-2 [&_img]:max-w-full",
].join(" ");

/** A catalogue description written in markdown; raw HTML in it shows as text (lib/markdown). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  if (!source.trim()) return null;
  return <div className={`break-words ${STYLES} ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
