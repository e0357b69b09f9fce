import Link from "next/link";
import { Card } from "@/components/ui/card";
import { API_ERROR_CODES, API_ERROR_MEANINGS, ApiError } from "@/lib/api/errors";
import { API_LIMITS } from "@/lib/api/limits";
import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from "@/lib/api/pagination";
import { PUBLISHED_SOURCE_MEANINGS, PUBLISHED_SOURCES } from "@/lib/api/paper-date";
import { Code, CodeBlock, Prose } from "./code";

/** Everything that is the same for every endpoint: the base address, pages, errors, limits, tokens. */
export function ApiGuide({ baseUrl }: { baseUrl: string }) {
  const prose = "space-y-3 text-sm leading-relaxed text-slate-700";
  return (
    <>
      <Card title="Getting started">
        <div className={prose}>
          <p>
            Every endpoint lives under <Code>{baseUrl}</Code>, with or without a trailing slash, and answers JSON; the catalogue is read with <Code>GET</Code>{" "}
            and no token, and submissions are written with a token (below). Ids are the slugs of the site&apos;s pages: the paper at{" "}
            <Code>/paper/&#123;id&#125;</Code> is <Code>/api/v1/papers/&#123;id&#125;/</Code>, the leaderboard at <Code>/sota/&#123;id&#125;</Code> is the
            evaluation table <Code>/api/v1/evaluations/&#123;id&#125;/</Code>. Only approved results are served, and an approval shows here at once.
          </p>
          <CodeBlock label="A first request">{`curl "${baseUrl}/evaluations/?items_per_page=5"`}</CodeBlock>
          <p>The objects and pages have the old Papers with Code API&apos;s shapes, so its Python client works against this site:</p>
          <CodeBlock label="The old Python client">{`from paperswithcode import PapersWithCodeClient

client = PapersWithCodeClient(url="${baseUrl.replace(/\/api\/v1$/, "")}")
print(client.paper_list(q="transformer").results[0])`}</CodeBlock>
          <p>
            Every read method of that client answers here. Where the catalogue keeps less than the old site did, the answer says how it was made: a paper always
            has a <Code>published</Code> date, as the client requires, and <Code>published_source</Code> says where it comes from (
            {PUBLISHED_SOURCES.map((source, i) => (
              <span key={source}>
                {i > 0 ? "; " : ""}
                <Code>{source}</Code>: {PUBLISHED_SOURCE_MEANINGS[source]}
              </span>
            ))}
            ). Conferences and proceedings are read from the papers&apos; venues (<Code>neurips-2019-12</Code>, <Code>ECCV 2020</Code>), authors from the names
            the papers give (<Code>/authors/ashish-vaswani/</Code>), and <Code>ordering</Code> is accepted and ignored.
          </p>
          <p>
            The whole catalogue also downloads as files from <Link href="/data">/data</Link>; the description of every endpoint below is generated into{" "}
            <Link href="/api/v1/openapi.json">openapi.json</Link> (OpenAPI 3.1).
          </p>
        </div>
      </Card>
      <Card title="Pages">
        <div className={prose}>
          <p>
            Lists answer pages in the manner of Django REST framework: <Code>count</Code> (all matches), <Code>next</Code> and <Code>previous</Code> (absolute
            addresses, null at either end) and <Code>results</Code>. Ask for a page with <Code>page</Code> (from 1) and its size with{" "}
            <Code>items_per_page</Code> ({DEFAULT_ITEMS_PER_PAGE} unless given, at most {MAX_ITEMS_PER_PAGE}). Follow <Code>next</Code> until it is null; a page
            past the last answers 404.
          </p>
        </div>
      </Card>
      <Card title="Errors">
        <div className={prose}>
          <p>Every refusal is JSON with a status that says its class, a code to branch on and a message for people:</p>
          <CodeBlock label="An error">
            {JSON.stringify(
              new ApiError("invalid_parameter", 'items_per_page must be at most 500 (got "1000").', { parameter: "items_per_page" }).toBody(),
              null,
              2,
            )}
          </CodeBlock>
          <div tabIndex={0} className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-4 font-medium">Status</th>
                  <th className="py-1 pr-4 font-medium">Code</th>
                  <th className="py-1 font-medium">Meaning</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {API_ERROR_CODES.map((code) => (
                  <tr key={code}>
                    <td className="py-1 pr-4 tabular-nums">{new ApiError(code, "").status}</td>
                    <td className="py-1 pr-4">
                      <Code>{code}</Code>
                    </td>
                    <td className="py-1">
                      <Prose text={API_ERROR_MEANINGS[code]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Card>
      <Card title="Limits">
        <div className={prose}>
          <p>
            Reads are limited to {API_LIMITS.read.limit} a minute per token when a valid one is sent, else per address; writes have a separate limit of{" "}
            {API_LIMITS.write.limit} a minute. Every answer says where you stand, in four headers, all or none: <Code>X-RateLimit-Limit</Code>,{" "}
            <Code>X-RateLimit-Remaining</Code>, <Code>X-RateLimit-Reset</Code> (seconds until the minute ends) and <Code>X-RateLimit-Retry</Code> (seconds to
            wait before calling again: 0 unless refused). Past the limit the answer is <Code>429</Code> with <Code>Retry-After</Code> (seconds). For the whole
            catalogue, download the <Link href="/data">dumps</Link> instead of walking every page.
          </p>
        </div>
      </Card>
      <Card title="Authentication">
        <div className={prose}>
          <p>
            Reading needs no token. A personal token gives your scripts their own rate limit and, for writes, acts as you. Create one on{" "}
            <Link href="/profile">your profile</Link> (it is shown once, then only its first characters) and send it in the <Code>Authorization</Code> header:
          </p>
          <CodeBlock label="A call with a token">{`curl -H "Authorization: Token pwc_…" "${baseUrl}/papers/?q=detection"`}</CodeBlock>
          <p>
            An unknown or revoked token is refused with <Code>401</Code>, never served as anonymous. Revoke a token on your profile the moment it leaks.
            Submissions and decisions need a token (or, from this site&apos;s own pages, your signed-in session); they act with the role your account has at
            that moment.
          </p>
        </div>
      </Card>
      <Card title="From a browser">
        <div className={prose}>
          <p>
            Any website may read the API from a browser: answers to <Code>GET</Code> carry <Code>Access-Control-Allow-Origin: *</Code> and preflight requests
            are answered, without cookies; a token, when needed, goes in the <Code>Authorization</Code> header. Writes carry no such header and their preflight
            is refused, so that a page elsewhere cannot make its visitors&apos; browsers submit or decide anything: write from a script or a server, with a
            token. A write sent from another site with only the site&apos;s session is refused (<Code>403</Code>).
          </p>
        </div>
      </Card>
    </>
  );
}
