import { badgePaths } from "@/lib/badges/badge-paths";
import { configuredSiteUrl } from "@/lib/site-url";
import { Card } from "@/components/ui/card";
import { CopyButton } from "./copy-button";

type Props = { resultId: string; modelName: string; benchmarkSlug: string; paperSlug: string | null; className?: string };

function BadgeMarkdown({ label, image, link, alt }: { label: string; image: string; link: string; alt: string }) {
  const markdown = `[![${alt}](${image})](${link})`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG served by this site, shown as a README shows it */}
        <img src={image} alt={alt} height={20} />
        <CopyButton text={markdown} label={`Copy ${label} markdown`} />
      </div>
      <code
        tabIndex={0}
        className="block overflow-x-auto rounded bg-slate-100 p-2 text-xs whitespace-nowrap text-slate-700"
        data-testid={`${label}-badge-markdown`}
      >
        {markdown}
      </code>
    </div>
  );
}

/** The README badges of a result and of its paper on this board, with the markdown to copy. */
export function BadgeCard({ resultId, modelName, benchmarkSlug, paperSlug, className }: Props) {
  const site = configuredSiteUrl();
  return (
    <div className={className}>
      <Card title="Badge for a README">
        <div className="space-y-4">
          <BadgeMarkdown
            label="result"
            alt={`${modelName}: rank on the leaderboard`}
            image={`${site}${badgePaths.result(resultId)}`}
            link={`${site}/result/${resultId}`}
          />
          {paperSlug && (
            <BadgeMarkdown
              label="paper"
              alt="The paper's rank on the leaderboard"
              image={`${site}${badgePaths.paper(paperSlug, benchmarkSlug)}`}
              link={`${site}/sota/${benchmarkSlug}`}
            />
          )}
        </div>
      </Card>
    </div>
  );
}
