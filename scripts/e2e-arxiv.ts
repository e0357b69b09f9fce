// The stand-in for arXiv's export API that the browser tests' site asks (playwright.config.ts starts it):
// `GET /api/query?id_list=<id>` answers e2e/fixtures/arxiv/<id>.xml, an unknown id arXiv's empty feed,
// 2101.00001 a failure (503) and 2101.00002 nothing at all (the site's timeout must end the wait).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const FIXTURES = path.resolve("e2e/fixtures/arxiv");
const port = Number(process.env.ARXIV_PORT);

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const id = (url.searchParams.get("id_list") ?? "").replace(/v\d+$/, "");
  if (url.pathname !== "/api/query") return void response.writeHead(404).end();
  if (id === "2101.00001") return void response.writeHead(503).end("Service temporarily unavailable");
  if (id === "2101.00002") return;
  const file = path.join(FIXTURES, `${id}.xml`);
  const body = /^[\w./-]+$/.test(id) && existsSync(file) ? readFileSync(file) : readFileSync(path.join(FIXTURES, "empty.xml"));
  response.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8" }).end(body);
}).listen(port, "127.0.0.1", () => console.log(`e2e arXiv API on 127.0.0.1:${port}, answers from ${FIXTURES}`));
