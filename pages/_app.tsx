import type { AppProps } from "next/app";
import { SiteShell } from "@/features/site/site-shell";
import "@/styles/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return (
    <SiteShell>
      <Component {...pageProps} />
    </SiteShell>
  );
}
