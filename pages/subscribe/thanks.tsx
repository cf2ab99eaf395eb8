import { PageHead } from "@/features/site/page-head";
import { ARCHIVE_PATH } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function SubscribedPage() {
  return (
    <div className="enquiry-sent">
      <PageHead title="Subscribed" noindex />
      <h1 className="page-title">You are subscribed.</h1>
      <p>The next post will reach your inbox the day it is published. Every email has a link to stop them.</p>
      <p>
        Meanwhile, the <a href={ARCHIVE_PATH}>archive</a> has every post so far.
      </p>
    </div>
  );
}
