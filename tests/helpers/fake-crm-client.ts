// What the end-to-end specs ask of the fake CRM the e2e server delivers to (tooling/fake-crm.ts, started by
// playwright.config.ts): everything it received, and waiting until a given submission arrived.
const CRM = `http://127.0.0.1:${process.env.E2E_CRM_PORT || 3290}`;

export type Received = {
  destination: string;
  key?: string;
  status: number;
  signatureValid?: boolean;
  body: { enquiry?: Record<string, string>; subscription?: Record<string, string> } & Record<string, unknown>;
};

export async function received(): Promise<Received[]> {
  return (await fetch(`${CRM}/__received`)).json() as Promise<Received[]>;
}

/** The first accepted delivery of the submission `matches` picks, within 10 s, or an error naming `what`. */
export async function waitForDelivery(what: string, matches: (r: Received) => boolean): Promise<Received> {
  for (let i = 0; i < 100; i++) {
    const hit = (await received()).find((r) => r.status === 200 && matches(r));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the CRM never received ${what}`);
}

/** An address no other test uses. */
export const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
