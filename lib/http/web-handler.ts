import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** A handler written against the web platform's Request and Response, with work to do once the answer has gone. */
export type WebHandler = (request: Request) => Promise<{ response: Response; afterResponse?: () => void }>;

function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
}

/** Run a WebHandler for a Node request (a Pages Router API route with the body parser off). */
export async function runWebHandler(req: IncomingMessage, res: ServerResponse, handler: WebHandler): Promise<void> {
  const { response, afterResponse } = await handler(toRequest(req));
  if (afterResponse) res.once("finish", afterResponse);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}
