/** One CSV cell: quoted always; a leading = + - @ is made text, or a spreadsheet would run it as a formula. */
export function csvCell(value: unknown): string {
  const text = value == null ? "" : String(value);
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}
