import { env } from "@/lib/env";

// Dates read in the site's zone (SITE_TIMEZONE), the one a bare publishedAt date is midnight in.
const zone = env.SITE_TIMEZONE;
const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: zone });
const withTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: zone,
});

export function formatDate(iso: string): string {
  return formatter.format(new Date(iso));
}

/** A date and time with the zone it is read in: "1 June 2027 at 08:00 (UTC)". */
export function formatDateTime(iso: string): string {
  return `${withTime.format(new Date(iso))} (${zone})`;
}

export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
