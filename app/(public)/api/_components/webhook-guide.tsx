import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Code, CodeBlock } from "./code";

const EXAMPLE_BODY = `{
  "id": "cm4…",
  "kind": "NEW_BEST",
  "title": "New best on Image Classification on ImageNet: Net-X · Top 1 Accuracy 91.2%",
  "path": "/sota/image-classification-on-imagenet",
  "createdAt": "2026-12-07T02:00:00.000Z",
  "data": { "resultId": "cm4…", "benchmark": "image-classification-on-imagenet", "model": "Net-X", "metric": "Top 1 Accuracy", "value": "91.2%", "reason": null }
}`;

const VERIFY_NODE = `import { createHmac, timingSafeEqual } from "node:crypto";

// header: the X-PWC-Signature request header; body: the raw request body, unparsed.
function isFromPwc(secret, body, header) {
  const { t, v1 } = Object.fromEntries(header.split(",").map((part) => part.split("=", 2)));
  const expected = createHmac("sha256", secret).update(\`\${t}.\${body}\`).digest();
  const given = Buffer.from(v1 ?? "", "hex");
  const isFresh = Math.abs(Date.now() / 1000 - Number(t)) < 300; // refuse replays older than 5 minutes
  return isFresh && given.length === expected.length && timingSafeEqual(given, expected);
}`;

const VERIFY_PYTHON = `import hmac, hashlib, time

def is_from_pwc(secret: str, body: bytes, header: str) -> bool:
    parts = dict(part.split("=", 1) for part in header.split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return abs(time.time() - int(parts["t"])) < 300 and hmac.compare_digest(expected, parts.get("v1", ""))`;

/** The API page's section on webhooks: what is sent, how it is signed, how to check it. */
export function WebhookGuide() {
  return (
    <Card title="Webhooks">
      <div id="webhooks" className="space-y-3 text-sm leading-relaxed text-slate-700">
        <p>
          Watch a leaderboard, task, paper, dataset or author, then add a webhook for that watch on your <Link href="/profile">profile</Link>: every change your
          inbox gets (<Code>NEW_RESULT</Code>, <Code>NEW_BEST</Code>, <Code>RESULT_RETRACTED</Code>, <Code>RESULT_CONTESTED</Code>) is also POSTed to your URL
          as JSON. The secret is shown once, when you add the webhook. A delivery that does not get a 2xx answer within 10 seconds is tried again after 30 s, 1,
          2, 4 … minutes (at most an hour apart, ten attempts); the profile page lists each delivery with its status, attempts and last error. Addresses that
          are, or resolve to, loopback or private networks are refused.
        </p>
        <p>
          Headers: <Code>X-PWC-Event</Code> (the kind), <Code>X-PWC-Delivery</Code> (the same on every attempt of one delivery: keep it to ignore a repeat) and{" "}
          <Code>X-PWC-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</Code>, where <Code>v1</Code> is the HMAC-SHA256, keyed with your secret, of the
          timestamp, a dot, and the raw body.
        </p>
        <CodeBlock label="A delivery's body">{EXAMPLE_BODY}</CodeBlock>
        <CodeBlock label="Verifying a delivery in Node.js">{VERIFY_NODE}</CodeBlock>
        <CodeBlock label="Verifying a delivery in Python">{VERIFY_PYTHON}</CodeBlock>
      </div>
    </Card>
  );
}
