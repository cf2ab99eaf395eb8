import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlerter } from "@/features/enquiries/delivery/alerts";
import { startMessageReceiver } from "@/tooling/message-receiver";

let receiver: Awaited<ReturnType<typeof startMessageReceiver>>;
beforeAll(async () => {
  receiver = await startMessageReceiver();
});
afterAll(() => receiver.close());

describe("operator alerts", () => {
  it("send Slack-style {text}, at most one per destination per interval", async () => {
    let now = 0;
    const alert = createAlerter({ url: receiver.url, minIntervalS: 900, siteName: "Operator's Log", now: () => now });
    alert("hubspot", "not answering");
    alert("hubspot", "a dead delivery"); // same destination, same interval: held back
    alert("webhook", "not answering"); // another destination: its own interval
    now = 901_000;
    alert("hubspot", "answering again");
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.messages.sort()).toEqual([
      "Operator's Log — hubspot: answering again",
      "Operator's Log — hubspot: not answering",
      "Operator's Log — webhook: not answering",
    ]);
  });
});
