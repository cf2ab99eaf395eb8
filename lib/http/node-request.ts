import type { IncomingMessage } from "node:http";
import { PEER_HEADER, type WithHeaders } from "./client-address";

/**
 * A Node request's headers as a web handler reads them, without building a Request: for an endpoint so small
 * and so frequent (the view beacon) that the conversion in web-handler.ts would be most of its work. The peer
 * address is the socket's, as runWebHandler sets it, whatever a client sends under that name.
 */
export function nodeHeaders(req: IncomingMessage): WithHeaders["headers"] {
  return {
    get(name) {
      const key = name.toLowerCase();
      if (key === PEER_HEADER) return req.socket.remoteAddress ?? "";
      const value = req.headers[key];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
