import type { NextApiRequest, NextApiResponse } from "next";
import { postSubscription } from "@/features/enquiries/api/post-subscription";
import { runWebHandler } from "@/lib/http/web-handler";

// The handler reads the body itself, with a 16 KB cap.
export const config = { api: { bodyParser: false } };

export default async function subscribe(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return void res.setHeader("Allow", "POST").status(405).end();
  await runWebHandler(req, res, postSubscription);
}
