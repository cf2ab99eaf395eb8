import type { NextApiRequest, NextApiResponse } from "next";
import { getHealth } from "@/features/enquiries/api/health";
import { runWebHandler } from "@/lib/http/web-handler";

export default async function health(req: NextApiRequest, res: NextApiResponse) {
  await runWebHandler(req, res, async (request) => ({ response: await getHealth(request) }));
}
