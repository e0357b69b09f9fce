import Link from "next/link";
import { Card } from "@/components/ui/card";
import { schemaAnchor } from "@/lib/api/docs";
import { toApiError } from "@/lib/api/errors";
import { InvalidInput } from "@/lib/submissions/input-errors";
import { Code, CodeBlock } from "./code";

// Made as the API makes it, from the form's own refusal.
const FIELD_ERROR = toApiError(
  new InvalidInput({
    "rows.0.values.1": ["Not a number: write it as in the paper, e.g. 88.5, 88.5%, 0.82 ± 0.01 or 2.1M"],
    "rows.0.evidence": ["Required: send a string: where the number stands: `Table 2`, a figure, a page, or an address."],
  }),
).toBody();

/** How results are submitted and reviewed through the API: the same loop, and the same rules, as the site's. */
export function WriteGuide({ baseUrl }: { baseUrl: string }) {
  const prose = "space-y-3 text-sm leading-relaxed text-slate-700";
  return (
    <Card title="Submitting and reviewing">
      <div className={prose}>
        <p>
          Writes go through moderation exactly as the site&apos;s forms do, through the same checks. <Code>POST /submissions/</Code> takes what the form at{" "}
          <Link href="/submit">/submit</Link> sends (<a href={`#${schemaAnchor("CreateSubmission")}`}>CreateSubmission</a>), where a field not marked required
          may be left out (it is then empty, or false) and an existing benchmark&apos;s metrics too (its own, in its order). The answer, <Code>201</Code>, is
          the submission with its automatic checks; nothing is public until a moderator approves it. Follow it with{" "}
          <Code>GET /submissions/&#123;id&#125;/</Code>; when a moderator requests changes, send the edited content with <Code>PUT</Code> to the same address.
        </p>
        <CodeBlock label="Submitting from Python">{`import os, requests

api = requests.Session()
api.headers["Authorization"] = f"Token {os.environ['PWC_TOKEN']}"

answer = api.post("${baseUrl}/submissions/", json=submission)
if answer.status_code == 400:
    for field, messages in answer.json()["error"].get("fields", {}).items():
        print(field, messages)
answer.raise_for_status()
created = answer.json()
print(created["status"], created["url"])
for check in created["checks"]:
    print(check["severity"], check["message"])`}</CodeBlock>
        <p>
          A body the form would refuse is answered <Code>400</Code>, each field at fault named in <Code>fields</Code> by its path in the body, as the form names
          it:
        </p>
        <CodeBlock label="An invalid submission">{JSON.stringify(FIELD_ERROR, null, 2)}</CodeBlock>
        <p>
          <Code>GET /submissions/</Code> lists your submissions in every state, oldest first; <Code>?status=pending</Code> (or several states joined by commas,{" "}
          <Code>pending,changes_requested</Code>) keeps those. Moderators see everyone&apos;s: the queue is <Code>GET /submissions/?status=pending</Code>; they
          decide with <Code>POST /submissions/&#123;id&#125;/approve</Code>, <Code>/reject</Code> or <Code>/request-changes</Code>, a <Code>reason</Code>{" "}
          required for the last two. Nobody decides their own submission (<Code>403 own_submission</Code>); of two decisions at once, the second is told who
          came first (<Code>409 already_decided</Code>). An approval shows on every page and in every read of the API on the next request.
        </p>
      </div>
    </Card>
  );
}
