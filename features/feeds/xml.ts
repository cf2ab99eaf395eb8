/** Escape text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 forbids outright; a stray one would make the whole feed unreadable.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** Wrap HTML in CDATA, splitting any "]]>" it contains so the section cannot end early. */
export function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** RFC 822 date, as RSS 2.0 requires: "Wed, 18 Nov 2026 00:00:00 GMT". */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}
