// A stand-in for a Slack-compatible incoming webhook on 127.0.0.1: records the "text" of each message it gets.
import { createServer } from "node:http";

export async function startMessageReceiver() {
  const messages: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      messages.push((JSON.parse(body) as { text: string }).text);
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  return { url, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
