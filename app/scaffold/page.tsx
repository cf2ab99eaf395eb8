import type { Metadata } from "next";
import { ScaffoldPage } from "@/features/enquiries/form/scaffold-page";
import { alternatesFor } from "@/features/site/metadata";

export const dynamic = "force-dynamic"; // every visit gets a freshly signed form token

export const metadata: Metadata = {
  title: "Scaffold",
  description: "Scaffold is V8 Global's executive AI community, and where a build conversation starts.",
  alternates: alternatesFor("/scaffold"),
};

export default async function Page({ searchParams }: { searchParams: Promise<{ from?: string; form?: string }> }) {
  return <ScaffoldPage {...await searchParams} />;
}
