// Images for tests and benchmarks, made on the spot so the repository carries no binaries: a photograph-like
// picture (soft shapes and sensor noise, which compress like a photo), a screenshot (flat panels and lines of
// "text", with sharp edges) and an SVG diagram. Each is a function of its seed, so runs are repeatable.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function samplePhotograph(width: number, height: number, seed = 1): Promise<Buffer> {
  const next = random(seed);
  // The soft scene is drawn at a quarter of the size and enlarged: blurring at full size takes seconds.
  const [w, h] = [Math.ceil(width / 4), Math.ceil(height / 4)];
  const blobs = Array.from({ length: 40 }, () => {
    const hue = Math.floor(next() * 360);
    const r = (0.05 + next() * 0.3) * w;
    return `<circle cx="${next() * w}" cy="${next() * h}" r="${r}" fill="hsl(${hue},45%,${30 + next() * 40}%)" fill-opacity="0.55"/>`;
  });
  const drawn = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
      `<defs><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#d9c49a"/></linearGradient>` +
      `<filter id="soft"><feGaussianBlur stdDeviation="${w / 60}"/></filter></defs>` +
      `<rect width="100%" height="100%" fill="url(#sky)"/><g filter="url(#soft)">${blobs.join("")}</g></svg>`,
  );
  const scene = await sharp(drawn).resize(width, height).png().toBuffer();
  // Detail at two scales, so the picture keeps texture when it is made smaller, as a photograph does.
  const noise = async (divisor: number, sigma: number) =>
    sharp({
      create: {
        width: Math.ceil(width / divisor),
        height: Math.ceil(height / divisor),
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma },
      },
    })
      .png()
      .toBuffer()
      .then((small) => sharp(small).resize(width, height, { kernel: "cubic" }).png().toBuffer());
  const [texture, grain] = await Promise.all([noise(12, 22), noise(2, 10)]);
  return sharp(scene)
    .composite([
      { input: texture, blend: "overlay" },
      { input: grain, blend: "soft-light" },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
}

export async function sampleScreenshot(width: number, height: number, seed = 2): Promise<Buffer> {
  const next = random(seed);
  const lines: string[] = [];
  for (let y = 120; y < height - 40; y += 34) {
    const indent = 260 + Math.floor(next() * 4) * 40;
    lines.push(
      `<rect x="${indent}" y="${y}" width="${(0.2 + next() * 0.5) * (width - indent)}" height="14" rx="3" fill="${next() < 0.2 ? "#8a3b12" : "#3b3f46"}"/>`,
    );
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#fbfaf7"/><rect width="100%" height="72" fill="#1b1d21"/>` +
    `<rect y="72" width="220" height="${height - 72}" fill="#f1eee7"/>${lines.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export function sampleDiagram(seed = 3): string {
  const next = random(seed);
  const boxes = ["Sandbox", "Build", "Release", "Live"].map(
    (label, i) =>
      `<rect x="${20 + i * 190}" y="${40 + Math.floor(next() * 20)}" width="150" height="70" rx="8" fill="#f1eee7" stroke="#8a3b12"/>` +
      `<text x="${95 + i * 190}" y="${85}" text-anchor="middle" font-family="sans-serif" font-size="18">${label}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 780 160" width="780" height="160"><title>From sandbox to live</title>${boxes.join("")}</svg>\n`;
}

/**
 * The same picture with a small mark of its own (a numbered panel placed by the seed): distinct bytes, so a
 * distinct figure, for a fraction of the cost of drawing a new one.
 */
export async function variantOf(base: Buffer, seed: number): Promise<Buffer> {
  const image = sharp(base);
  const { width = 100, height = 100, format } = await image.metadata();
  const next = random(seed);
  const mark = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60"><rect width="160" height="60" rx="6" fill="#1b1d21"/>` +
      `<text x="80" y="40" text-anchor="middle" font-family="sans-serif" font-size="28" fill="#fbfaf7">#${seed}</text></svg>`,
  );
  const placed = image.composite([
    { input: mark, left: Math.floor(next() * (width - 160)), top: Math.floor(next() * (height - 60)) },
  ]);
  return format === "png" ? placed.png().toBuffer() : placed.jpeg({ quality: 80 }).toBuffer();
}

/** Writes a sample of each kind into a folder; returns their file names. */
export async function writeSamples(dir: string, files: Record<string, () => Promise<Buffer | string>>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, make] of Object.entries(files)) await writeFile(path.join(dir, name), await make());
}
