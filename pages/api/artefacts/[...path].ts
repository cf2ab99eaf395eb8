import type { NextApiRequest, NextApiResponse } from "next";
import { serveArtefact } from "@/features/artefacts/serve-artefact";

// Feeds, sitemap, robots.txt and share cards, at their public paths (next.config.mjs rewrites them here).
export default async function artefact(req: NextApiRequest, res: NextApiResponse) {
  const segments = ([] as string[]).concat(req.query.path ?? []);
  await serveArtefact(req, res, `/${segments.map(encodeURIComponent).join("/")}`);
}
