// A page view for the readership figures (README, "Readership"), sent to VIEW_BEACON_PATH (lib/site.ts).
// No cookie, nothing kept; nothing sent under Do Not Track, Global Privacy Control or automation.
(() => {
  const nav = navigator;
  if (nav.webdriver || nav.doNotTrack === "1" || nav.globalPrivacyControl) return;
  const send = () =>
    nav.sendBeacon(
      "/api/view",
      JSON.stringify({
        path: location.pathname,
        referrer: document.referrer,
        utm: new URLSearchParams(location.search).get("utm_source"),
      }),
    );
  // A prerendered page is counted when the reader sees it.
  if (document.prerendering) document.addEventListener("prerenderingchange", send, { once: true });
  else send();
})();
