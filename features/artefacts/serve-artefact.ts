import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { ARTEFACTS_DIR } from "@/lib/artefacts-dir";
import { SVG_DOCUMENT_CSP } from "@/lib/csp.mjs";
import { artefactKey, MANIFEST_FILE, type Manifest } from "./manifest";

const isDev = process.env.NODE_ENV === "development";

let manifest: Promise<Manifest> | undefined;
function loadManifest(): Promise<Manifest> {
  manifest ??= readFile(path.join(ARTEFACTS_DIR, MANIFEST_FILE), "utf8").then((text) => JSON.parse(text) as Manifest);
  return manifest;
}

/** An SVG figure is also a document when opened directly: it gets a policy under which no script runs. */
function documentPolicy(contentType: string): Record<string, string> {
  return contentType.startsWith("image/svg+xml") ? { "Content-Security-Policy": SVG_DOCUMENT_CSP } : {};
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("Not found\n");
}

/**
 * Serves a feed, the sitemap, robots.txt or a share card at its public path (next.config.mjs rewrites those
 * paths here). Production reads the file the build wrote and never renders; the dev server renders on demand.
 */
export async function serveArtefact(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const key = artefactKey(urlPath);
  if (isDev) {
    // Loaded only here: the catalogue renders with Satori, resvg and sharp, which a release does not ship.
    const { listArtefacts } = await import("./catalogue");
    const artefact = listArtefacts().find((a) => artefactKey(a.path) === key);
    if (!artefact) return notFound(res);
    const body = await artefact.render();
    res.writeHead(200, {
      "Content-Type": artefact.contentType,
      "Cache-Control": "no-store",
      ...documentPolicy(artefact.contentType),
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const entry = (await loadManifest())[key];
  if (!entry) return notFound(res);
  res.writeHead(200, {
    "Content-Type": entry.contentType,
    "Content-Length": String(entry.bytes),
    "Cache-Control": entry.cacheControl,
    ...documentPolicy(entry.contentType),
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(path.join(ARTEFACTS_DIR, entry.file)).pipe(res);
}
