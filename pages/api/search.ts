import type { NextApiRequest, NextApiResponse } from "next";
import { loadSearchIndex } from "@/features/search/load-index";
import { searchPosts } from "@/features/search/search-posts";
import { toSearchResponse } from "@/features/search/search-response";
import { firstQueryValue } from "@/lib/http/query";

/** The same search as /search, as JSON, for /enhance/search.js. */
export default async function search(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") return void res.setHeader("Allow", "GET").status(405).end();
  const outcome = searchPosts(await loadSearchIndex(), firstQueryValue(req.query.q));
  res.setHeader("Cache-Control", "public, max-age=300");
  res.status(200).json(toSearchResponse(outcome));
}
