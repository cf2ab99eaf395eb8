import os from "node:os";
import { Worker } from "node:worker_threads";
import { renderCardPng, type OgInput } from "./render";

/** Fewer than this many cards are drawn in this thread: starting a worker (fonts, WASM) costs about a second. */
const WORKER_THRESHOLD = 8;

/**
 * Draws many cards at once on every core: Satori's layout and the resvg rasteriser run on one thread each, so
 * one worker thread per core (os.availableParallelism()) is what makes a cold build use the machine.
 */
export async function renderCards(
  inputs: readonly OgInput[],
  options: { threads?: number; onRendered?: (done: number) => void } = {},
): Promise<Buffer[]> {
  let done = 0;
  const rendered = (png: Buffer) => {
    options.onRendered?.(++done);
    return png;
  };
  if (inputs.length < WORKER_THRESHOLD) {
    const pngs: Buffer[] = [];
    for (const input of inputs) pngs.push(rendered(await renderCardPng(input)));
    return pngs;
  }
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), inputs.length));
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./card-worker.ts", import.meta.url)));
  const pngs: Buffer[] = new Array(inputs.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < inputs.length) {
          const index = next++;
          pngs[index] = rendered(await drawIn(worker, inputs[index]!));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return pngs;
}

function drawIn(worker: Worker, input: OgInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    const onMessage = (answer: { png?: Uint8Array; error?: string }) => {
      worker.off("error", onError);
      if (answer.png) resolve(Buffer.from(answer.png));
      else reject(new Error(answer.error ?? "the card worker answered without an image"));
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage({ id: 0, input });
  });
}
