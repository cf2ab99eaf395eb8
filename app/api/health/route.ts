import { enquiryService } from "@/lib/enquiries/service";
import { deliveryCounts } from "@/lib/enquiries/store";

export const dynamic = "force-dynamic";

export async function GET() {
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
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return Response.json(
      { status: "unavailable", storage: { status: "error", error: (error as Error).message } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
