import type { GetServerSideProps } from "next";
import { loadScaffoldForm, type ScaffoldFormProps } from "@/features/enquiries/form/load-scaffold-form";
import { ScaffoldPage } from "@/features/enquiries/form/scaffold-page";
import { clearScaffoldCookies } from "@/features/enquiries/form-state/scaffold-cookie";
import { PageHead } from "@/features/site/page-head";
import { scaffoldHref } from "@/lib/site";

// Rendered per visit: every form gets a freshly signed token. The form is React (it validates and posts in place).
export const getServerSideProps: GetServerSideProps<ScaffoldFormProps> = async ({ query, req, res }) => {
  res.setHeader("Cache-Control", "no-store");
  const props = await loadScaffoldForm(query, req.headers.cookie);
  if (props.initial) res.setHeader("Set-Cookie", clearScaffoldCookies()); // shown once
  return { props };
};

export default function Scaffold(props: ScaffoldFormProps) {
  return (
    <>
      <PageHead
        title="Scaffold"
        description="Scaffold is V8 Global's executive AI community, and where a build conversation starts."
        canonical={scaffoldHref()}
      />
      <ScaffoldPage {...props} />
    </>
  );
}
