// The load scripts' HTTP requests (npm run load, npm run approval-cost): over a given agent's connections, as a
// browser or an API client sends them.
import { get, request, type Agent } from "node:http";

/** GETs `url` and reads its body to the end without keeping it; the status, or "no answer". */
export function getAndDrop(agent: Agent, url: string, headers: Record<string, string>): Promise<number | "no answer"> {
  return new Promise((resolve) => {
    const failed = () => resolve("no answer");
    get(url, { agent, headers }, (response) => {
      response.on("error", failed).on("end", () => resolve(response.statusCode ?? 0));
      response.resume();
    }).on("error", failed);
  });
}

/** A JSON POST with a token over `agent`'s connection. */
export function postJson(agent: Agent, url: string, token: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: "POST", agent, headers: { authorization: `Token ${token}`, "content-type": "application/json" } }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text })).on("error", reject);
    });
    sent.on("error", reject).end(JSON.stringify(body));
  });
}
