import type { NextApiRequest, NextApiResponse } from "next";
import { postView } from "@/features/readership/api/post-view";
import { readChunksLimited } from "@/lib/http/body";
import { nodeHeaders } from "@/lib/http/node-request";

// The handler reads the beacon itself, with a 2 KB cap, straight from the Node request (no web Request: the
// beacon is the site's most frequent request and its handler is small).
export const config = { api: { bodyParser: false } };

export default async function view(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return void res.setHeader("Allow", "POST").status(405).end();
  const { status, headers } = await postView({
    headers: nodeHeaders(req),
    readBody: (limit) => readChunksLimited(req, req.headers["content-length"], limit),
  });
  res.writeHead(status, headers).end();
}
