import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { PEER_HEADER } from "./client-address";

/** A handler written against the web platform's Request and Response, with work to do once the answer has gone. */
export type WebHandler = (request: Request) => Promise<{ response: Response; afterResponse?: () => void }>;

function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  // Set last, over anything a client sent under that name: the one address a client cannot choose.
  headers.set(PEER_HEADER, req.socket.remoteAddress ?? "");
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
  const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
  // Each cookie is a header of its own: folded into one, all but the last would be lost.
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}
