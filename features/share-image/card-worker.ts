// A worker thread that draws a chunk of cards for card-pool.ts: it answers { index, png } per card as it goes,
// then { done: true }, or { error } on the first card it cannot draw.
import { parentPort } from "node:worker_threads";
import { renderCardPng, type OgInput } from "./render";

parentPort!.once("message", async ({ inputs, first }: { inputs: OgInput[]; first: number }) => {
  for (const [offset, input] of inputs.entries()) {
    try {
      // resvg's buffer lives outside the JS heap and cannot be transferred: copy it into one that can.
      const png = new Uint8Array(await renderCardPng(input));
      parentPort!.postMessage({ index: first + offset, png }, [png.buffer]);
    } catch (error) {
      parentPort!.postMessage({ error: `card ${first + offset}: ${(error as Error).message}` });
      return;
    }
  }
  parentPort!.postMessage({ done: true });
});
