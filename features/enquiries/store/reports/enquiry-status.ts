/** What an operator sees per enquiry, derived from its delivery rows (SQL over `submissions e LEFT JOIN deliveries d`). */
export type EnquiryStatus = "stored" | "pending" | "held" | "delivered" | "dead" | "spam";

export const ENQUIRY_STATUSES: readonly EnquiryStatus[] = ["pending", "held", "delivered", "dead", "spam", "stored"];

export const ENQUIRY_STATUS_SQL = `CASE WHEN e.is_spam THEN 'spam'
  WHEN count(d.id) = 0 THEN 'stored'
  WHEN bool_or(d.status = 'dead') THEN 'dead'
  WHEN bool_or(d.status = 'pending' AND d.held_reason IS NOT NULL) THEN 'held'
  WHEN bool_or(d.status = 'pending') THEN 'pending'
  ELSE 'delivered' END`;
