import { getHealth } from "@/features/enquiries/api/health";

export const dynamic = "force-dynamic";

export const GET = getHealth;
