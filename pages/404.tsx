import { PageHead } from "@/features/site/page-head";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function NotFound() {
  return (
    <div className="not-found">
      <PageHead title="Page not found" noindex />
      <h1 className="page-title">Page not found</h1>
      <p>
        There is nothing at this address. The <a href="/">Log</a> lists every post.
      </p>
    </div>
  );
}
