// The production server as the bench and the load script run it: server.js (Next.js behind its front for
// cached pages) in a process group of its own, so that it can be stopped, or killed outright.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { connect } from "node:net";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command to its end, its output on ours; rejects when it fails. */
export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Waits until the server on `base` answers a page, up to `timeoutMs`. */
async function waitUntilServing(base: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/about`)).ok) return;
    } catch {
      // not listening yet
    }
    await pause(100);
  }
  throw new Error(`The server did not answer on ${base}`);
}

/** Whether something accepts connections on the port. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "localhost");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * server.js on the port; its output goes to `logFile` when one is given. Resolves once it answers a
 * page, or, with `until: "listening"`, as soon as it accepts connections (under load, answering the
 * first page can wait behind the requests already queued).
 */
export async function startServer(
  port: number,
  { logFile, until = "answering" }: { logFile?: string; until?: "answering" | "listening" } = {},
): Promise<ChildProcess> {
  const output = logFile ? openSync(logFile, "a") : "ignore";
  const server = spawn(process.execPath, ["server.js", "--port", String(port)], { stdio: ["ignore", output, output], detached: true });
  if (until === "answering") await waitUntilServing(`http://localhost:${port}`);
  else while (!(await isListening(port))) await pause(50);
  return server;
}

/**
 * Stops the server's whole process group, SIGTERM to let it finish or SIGKILL to kill it where it
 * stands, and waits until its port is free.
 */
export async function stopServer(server: ChildProcess, port: number, signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<void> {
  if (server.pid && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    process.kill(-server.pid, signal);
    await exited;
  }
  while (await isListening(port)) await pause(20);
}
