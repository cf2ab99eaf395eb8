import { getScheduledPosts, PUBLISH_CLOCK } from "@/features/content/posts";

/**
 * What a build knows about time, written beside its artefacts (`<distDir>/artefacts/schedule.json`): the clock
 * it was built at, and the scheduled posts it left out, soonest first. `nextDueAt` is when a new build would
 * publish more: what `npm run deploy -- --if-due` compares with the time.
 */
export type Schedule = {
  clock: string;
  nextDueAt: string | null;
  scheduled: { slug: string; publishedAt: string }[];
};

export const SCHEDULE_FILE = "schedule.json";

export function currentSchedule(): Schedule {
  const scheduled = getScheduledPosts().map(({ slug, publishedAt }) => ({ slug, publishedAt }));
  return { clock: PUBLISH_CLOCK, nextDueAt: scheduled[0]?.publishedAt ?? null, scheduled };
}
