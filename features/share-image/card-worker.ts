// A worker thread that draws cards for card-pool.ts: one message in ({ id, input }), one out ({ id, png }).
import { parentPort } from "node:worker_threads";
import { renderCardPng, type OgInput } from "./render";

parentPort!.on("message", async ({ id, input }: { id: number; input: OgInput }) => {
  try {
    // resvg's buffer lives outside the JS heap and cannot be transferred: copy it into one that can.
    const png = new Uint8Array(await renderCardPng(input));
    parentPort!.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
