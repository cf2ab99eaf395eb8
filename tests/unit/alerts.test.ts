import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlerter } from "@/features/enquiries/alerts";

const messages: string[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    messages.push(JSON.parse(body).text);
    res.end("ok");
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/slack`;
});
afterAll(() => receiver.close());

describe("operator alerts", () => {
  it("send Slack-style {text}, at most one per destination per interval", async () => {
    let now = 0;
    const alert = createAlerter({ url, minIntervalS: 900, siteName: "Operator's Log", now: () => now });
    alert("hubspot", "not answering");
    alert("hubspot", "a dead delivery"); // same destination, same interval: held back
    alert("webhook", "not answering"); // another destination: its own interval
    now = 901_000;
    alert("hubspot", "answering again");
    await new Promise((r) => setTimeout(r, 300));
    expect(messages.sort()).toEqual([
      "Operator's Log — hubspot: answering again",
      "Operator's Log — hubspot: not answering",
      "Operator's Log — webhook: not answering",
    ]);
  });
});
