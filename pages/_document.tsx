import { randomBytes } from "node:crypto";
import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { contentSecurityPolicy, NONCE_PAGES } from "@/lib/csp.mjs";
import { site, VIEW_SCRIPT_PATH } from "@/lib/site";

type Props = DocumentInitialProps & { nonce?: string };

/**
 * Reading pages are static and carry no inline script: their CSP is a plain header (next.config.mjs). The
 * Scaffold form's page renders per request and hydrates with an inline bootstrap, so it gets a fresh nonce.
 */
export default class SiteDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(ctx);
    if (!ctx.res || !NONCE_PAGES.includes(ctx.pathname)) return initial;
    const nonce = randomBytes(16).toString("base64");
    ctx.res.setHeader(
      "Content-Security-Policy",
      contentSecurityPolicy({ dev: process.env.NODE_ENV === "development", nonce }),
    );
    return { ...initial, nonce };
  }

  render() {
    const { nonce } = this.props;
    // A page whose props carry `lang` (a post's language) is in that language; every other page in the site's.
    const lang = (this.props.__NEXT_DATA__.props?.pageProps as { lang?: string } | undefined)?.lang ?? site.language;
    return (
      <Html lang={lang}>
        <Head nonce={nonce} />
        <body>
          <Main />
          {/* The readership beacon (features/readership): every page, our own file, deferred. */}
          <script src={VIEW_SCRIPT_PATH} defer nonce={nonce} />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
