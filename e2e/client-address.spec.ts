// Limits per address count the socket's address unless the deployment says proxies stand in front
// (PWC_PROXY_HOPS): a client that sends a new X-Forwarded-For with each request is still one client.
// A server of this file's own, on the tests' build and database, runs as a deployment does by default.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { API_LIMITS, limitKey } from "@/lib/api/limits";
import { prisma } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/front/proxy-trust.js";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
let server: ChildProcess;

test.beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
    AUTH_TRUST_HOST: "true",
    PWC_DEMO: "off",
  };
  delete env.PWC_PROXY_HOPS;
  server = spawn("node", ["server.js", "--port", String(PORT)], { env, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Ready on") && resolve());
    server.once("exit", (code) => reject(new Error(`server.js exited with ${code}`)));
  });
});

test.afterAll(() => {
  server.kill();
});

/** GET from a loopback address of our choosing (all of 127.0.0.0/8 is this machine), with the headers given. */
function getFrom(localAddress: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port: PORT, path, localAddress, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
}

const randomAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

test("a new X-Forwarded-For on every request does not get past the anonymous API limit", async () => {
  const octet = Math.floor(Math.random() * 200) + 20;
  const client = `127.0.0.${octet}`;
  const { limit, windowMs } = API_LIMITS.read;
  // The counter is per fixed window: seed it with time to spare before the window turns.
  const left = windowMs - (Date.now() % windowMs);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  const keyOf = (address: string) => limitKey("read", null, new Request("http://site.invalid/", { headers: { [CLIENT_ADDRESS_HEADER]: address } }));
  const key = keyOf(client);
  await prisma.rateLimit.upsert({
    where: { key },
    create: { key, windowStart: new Date(Date.now() - (Date.now() % windowMs)), count: limit },
    update: { windowStart: new Date(Date.now() - (Date.now() % windowMs)), count: limit },
  });

  const forged = Array.from({ length: 5 }, randomAddress);
  for (const address of forged) {
    const status = await getFrom(client, "/api/v1/tasks/", { "x-forwarded-for": address, [CLIENT_ADDRESS_HEADER]: address, "x-real-ip": address });
    expect(status, `claiming to be ${address}`).toBe(429);
  }
  // Another client is another counter.
  expect(await getFrom(`127.0.0.${octet + 1}`, "/api/v1/tasks/", { "x-forwarded-for": randomAddress() })).toBe(200);
  expect(await prisma.rateLimit.count({ where: { key: { in: forged.map(keyOf) } } })).toBe(0);
});
