import type { GetServerSideProps } from "next";
import { clearSubscribeCookies } from "@/features/enquiries/form-state/subscribe-cookie";
import { loadSubscribeForm } from "@/features/enquiries/form/load-subscribe-form";
import { SubscribeForm, type SubscribeFormProps } from "@/features/enquiries/form/subscribe-form";
import { CopyButton, CopyButtonScript } from "@/features/site/copy-button";
import { PageHead } from "@/features/site/page-head";
import { absoluteUrl, FEED_PATHS, site, SUBSCRIBE_PATH, TAGS_PATH } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

const FEEDS = [
  { name: "RSS", path: FEED_PATHS.rss, note: "Works with every feed reader." },
  { name: "Atom", path: FEED_PATHS.atom, note: "The same posts in Atom 1.0." },
  { name: "JSON Feed", path: FEED_PATHS.json, note: "JSON Feed 1.1, for readers and scripts that prefer JSON." },
] as const;

function readers(feedUrl: string) {
  const encoded = encodeURIComponent(feedUrl);
  return [
    { name: "Feedly", href: `https://feedly.com/i/subscription/feed/${encoded}` },
    { name: "Inoreader", href: `https://www.inoreader.com/?add_feed=${encoded}` },
    { name: "NewsBlur", href: `https://www.newsblur.com/?url=${encoded}` },
  ];
}

// Rendered per visit, still without framework JavaScript: the email form needs a fresh token, and a refused
// post comes back with its input and messages (in a cookie that is cleared once shown).
export const getServerSideProps: GetServerSideProps<SubscribeFormProps> = async ({ req, res }) => {
  const props = await loadSubscribeForm(req.headers.cookie);
  if (props.state) res.setHeader("Set-Cookie", clearSubscribeCookies());
  return { props };
};

export default function SubscribePage(form: SubscribeFormProps) {
  const rss = absoluteUrl(FEED_PATHS.rss);
  return (
    <>
      <PageHead
        title="Subscribe"
        description={`Follow the ${site.name} by RSS, Atom or JSON Feed: every post in full.`}
        canonical={SUBSCRIBE_PATH}
      />
      <h1 className="page-title">Subscribe</h1>
      <p>
        Every post arrives in full — text, comparison tables and all — so you can read the {site.name} in your feed
        reader without visiting the site. Paste one of these addresses into your reader. To follow one subject only,
        every tag has its own RSS feed: see <a href={TAGS_PATH}>all tags and their feeds</a>.
      </p>
      <section id="by-email" className="subscribe-by-email" aria-labelledby="by-email-title">
        <h2 id="by-email-title" className="section-title">
          Get new posts by email
        </h2>
        <SubscribeForm {...form} />
      </section>
      <h2 className="section-title">Feeds</h2>
      <ul className="feed-list">
        {FEEDS.map((feed) => {
          const url = absoluteUrl(feed.path);
          return (
            <li key={feed.name}>
              <h2>{feed.name}</h2>
              <p>{feed.note}</p>
              <div className="feed-url">
                <label htmlFor={`feed-${feed.path}`} className="sr-only">
                  {feed.name} feed URL
                </label>
                <input id={`feed-${feed.path}`} readOnly value={url} />
                <CopyButton text={url} label={feed.name} />
              </div>
            </li>
          );
        })}
      </ul>
      <h2 className="section-title">One click</h2>
      <ul className="reader-links">
        {readers(rss).map((reader) => (
          <li key={reader.name}>
            <a href={reader.href} rel="noopener noreferrer">
              Follow in {reader.name}
            </a>
          </li>
        ))}
      </ul>
      <CopyButtonScript />
    </>
  );
}
