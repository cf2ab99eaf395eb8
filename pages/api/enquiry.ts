import type { NextApiRequest, NextApiResponse } from "next";
import { postEnquiry } from "@/features/enquiries/api/post-enquiry";
import { runWebHandler } from "@/lib/http/web-handler";

// The handler reads the body itself, with a 16 KB cap.
export const config = { api: { bodyParser: false } };

export default async function enquiry(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return void res.setHeader("Allow", "POST").status(405).end();
  await runWebHandler(req, res, postEnquiry);
}
