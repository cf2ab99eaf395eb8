import { deliveryCounts } from "../reports/delivery-counts";
import { enquiryService } from "../service";

const noStore = { "Cache-Control": "no-store" };

/** GET /api/health: storage and the delivery queue, or 503 when storage cannot be opened. */
export async function getHealth(): Promise<Response> {
  try {
    const service = await enquiryService();
    const counts = await deliveryCounts(service.db);
    return Response.json(
      {
        status: "ok",
        storage: { driver: service.db.driver, status: "ok" },
        destinations: service.config.destinations.map((d) => d.name),
        deliveries: { waiting: counts.pending, dead: counts.dead, delivered: counts.delivered },
      },
      { headers: noStore },
    );
  } catch (error) {
    return Response.json(
      { status: "unavailable", storage: { status: "error", error: (error as Error).message } },
      { status: 503, headers: noStore },
    );
  }
}
