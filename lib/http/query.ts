/** One value of a query-string parameter: the first when repeated, "" when absent. */
export function firstQueryValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
