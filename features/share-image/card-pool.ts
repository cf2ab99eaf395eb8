import os from "node:os";
import { Worker } from "node:worker_threads";
import { renderCardPng, type OgInput } from "./render";

/** Fewer than this many cards are drawn in this thread: starting a worker (fonts, native rasteriser) costs time. */
const WORKER_THRESHOLD = 8;
/**
 * Cards one worker draws before it exits and a fresh one takes over. Inside a worker thread, resvg's memory
 * (about 5 MB a card) is not given back while the thread lives; measured at 1.4 GB for 200 cards. Starting a
 * worker costs well under a second, so a chunk of 50 keeps each worker under about 300 MB for little time.
 */
const CARDS_PER_WORKER = 50;

type Chunk = { first: number; inputs: OgInput[] };
type Keep = (index: number, png: Buffer) => void;

/**
 * Draws many cards at once on every core: Satori's layout and resvg each run on one thread, so chunks of cards
 * go to one lane per core (os.availableParallelism()): this thread draws in one lane, worker threads in the others.
 */
export async function renderCards(
  inputs: readonly OgInput[],
  options: { threads?: number; onRendered?: (done: number) => void } = {},
): Promise<Buffer[]> {
  const pngs: Buffer[] = new Array(inputs.length);
  let done = 0;
  const keep: Keep = (index, png) => {
    pngs[index] = png;
    options.onRendered?.(++done);
  };
  const threads = inputs.length < WORKER_THRESHOLD ? 1 : Math.max(1, options.threads ?? os.availableParallelism());
  const queue: Chunk[] = [];
  for (let first = 0; first < inputs.length; first += CARDS_PER_WORKER) {
    queue.push({ first, inputs: inputs.slice(first, first + CARDS_PER_WORKER) });
  }
  const workerLane = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await drawInWorker(chunk, keep);
  };
  const ownLane = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      for (const [offset, input] of chunk.inputs.entries()) {
        keep(chunk.first + offset, await renderCardPng(input));
        await new Promise(setImmediate); // let the workers' answers in between cards
      }
    }
  };
  await Promise.all([ownLane(), ...Array.from({ length: threads - 1 }, workerLane)]);
  return pngs;
}

/** One worker for one chunk: it draws the chunk, answers card by card, and is ended. */
function drawInWorker(chunk: Chunk, keep: Keep): Promise<void> {
  const worker = new Worker(new URL("./card-worker.ts", import.meta.url));
  return new Promise<void>((resolve, reject) => {
    worker.on("message", (answer: { index?: number; png?: Uint8Array; done?: boolean; error?: string }) => {
      if (answer.error !== undefined) reject(new Error(answer.error));
      else if (answer.done) resolve();
      else keep(answer.index!, Buffer.from(answer.png!));
    });
    worker.once("error", reject);
    worker.postMessage(chunk);
  }).finally(() => worker.terminate());
}
