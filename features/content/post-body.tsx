/**
 * The post's HTML, rendered from MDX with our components at content-build
 * time (features/content/render-post.tsx) — the same markup the feeds carry.
 */
export function PostBody({ html }: { html: string }) {
  return <div className="prose post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
