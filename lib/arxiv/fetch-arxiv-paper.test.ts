import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArxivPaper } from "./fetch-arxiv-paper";
import { readArxivFixture } from "./arxiv-fixtures";

let server: Server;
let baseUrl: string;
const asked: string[] = [];

beforeAll(async () => {
  // A stand-in for export.arxiv.org on loopback: real Atom answers, a failure and a stall.
  server = createServer((request, response) => {
    const id = new URL(request.url ?? "/", "http://localhost").searchParams.get("id_list") ?? "";
    asked.push(request.url ?? "");
    if (id === "2101.00001") return void response.writeHead(503).end("busy");
    if (id === "2101.00002") return; // never answers
    const file = id === "1512.03385" ? "1512.03385.xml" : "empty.xml";
    response.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8" }).end(readArxivFixture(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/query`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fetchArxivPaper", () => {
  it("asks the export API by id_list and reads the paper", async () => {
    const paper = await fetchArxivPaper("1512.03385", { baseUrl, timeoutMs: 5000 });
    expect(paper?.title).toBe("Deep Residual Learning for Image Recognition");
    expect(asked.at(-1)).toBe("/api/query?id_list=1512.03385&max_results=1");
  });

  it("is null, without throwing, when off, unknown, failing or too slow", async () => {
    expect(await fetchArxivPaper("1512.03385", { baseUrl: undefined, timeoutMs: 5000 })).toBeNull();
    expect(await fetchArxivPaper("2101.99999", { baseUrl, timeoutMs: 5000 })).toBeNull();
    expect(await fetchArxivPaper("2101.00001", { baseUrl, timeoutMs: 5000 })).toBeNull();
    const started = Date.now();
    expect(await fetchArxivPaper("2101.00002", { baseUrl, timeoutMs: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
