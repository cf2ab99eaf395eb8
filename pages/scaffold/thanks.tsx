import { PageHead } from "@/features/site/page-head";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ThanksPage() {
  return (
    <div className="enquiry-sent">
      <PageHead title="Thank you" noindex />
      <h1 className="page-title">Thank you — your enquiry is in.</h1>
      <p>We read every enquiry and reply within two working days.</p>
      <p>
        Meanwhile, the <a href="/">Operator&apos;s Log</a> has the build days behind what we do.
      </p>
    </div>
  );
}
