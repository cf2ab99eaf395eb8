import type { NextApiRequest, NextApiResponse } from "next";
import { postView } from "@/features/readership/api/post-view";
import { runWebHandler } from "@/lib/http/web-handler";

// The handler reads the beacon itself, with a 2 KB cap.
export const config = { api: { bodyParser: false } };

export default async function view(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return void res.setHeader("Allow", "POST").status(405).end();
  await runWebHandler(req, res, postView);
}
