// One page view for the readership figures, sent after load (README, "Readership"; docs/decisions/0006).
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
  const loaded = () => (document.readyState === "complete" ? send() : addEventListener("load", send, { once: true }));
  if (document.prerendering) document.addEventListener("prerenderingchange", loaded, { once: true });
  else loaded();
})();
