import { scaffoldHref } from "@/lib/site";

/** Closing call to action: the door from a post to a Scaffold enquiry, remembering which post sent the reader. */
export function ScaffoldCta({ from }: { from?: string }) {
  return (
    <aside className="scaffold-cta not-prose" aria-label="Scaffold">
      <p className="scaffold-cta-kicker">Scaffold</p>
      <h2 className="scaffold-cta-title">Want the build conversation about your own operations?</h2>
      <p>
        Scaffold is our executive AI community for established business leaders: events, practical intelligence and
        curated introductions, and the place to start a build.
      </p>
      <p>
        <a className="button" href={scaffoldHref(from)}>
          Talk to us about Scaffold
        </a>
      </p>
    </aside>
  );
}
