import { postEnquiry } from "@/features/enquiries/api/post-enquiry";

export const dynamic = "force-dynamic";

export const POST = postEnquiry;
