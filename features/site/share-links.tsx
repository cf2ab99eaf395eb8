import { CopyButton } from "./copy-button";

/**
 * Share links after a post: plain URLs to each service's own share page, so nothing is loaded from another
 * origin until the reader clicks. "Copy link" appears once /enhance/copy.js runs.
 */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
}

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section className="share-links" aria-labelledby="share-title">
      <h2 id="share-title" className="section-label">
        Share this post
      </h2>
      <ul>
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            <a href={target.href} rel="noopener noreferrer">
              {target.name}
            </a>
          </li>
        ))}
        <li>
          <CopyButton text={url} label="post" caption="Copy link" />
        </li>
      </ul>
    </section>
  );
}
