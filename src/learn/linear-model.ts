import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { type FeatureSpec, featuresOf } from './features.js';

/**
 * A linear classifier over hashed features (multinomial logistic regression). The first class is the
 * reference: it has no weights of its own, so a two-class model is plain logistic regression. Weights are
 * stored as 16-bit integers with one scale, which keeps the file small and its bytes the same on every
 * machine that trains it. They are laid out bucket by bucket (every class's weight of a bucket side by
 * side), so reading a message touches one short run of memory per feature, however many classes there are.
 */
export const modelFileSchema = z.object({
  format: z.literal('bala-linear-v2'),
  classes: z.array(z.string().min(1)).min(2),
  features: z.object({
    bits: z.number().int().min(8).max(22),
    minGram: z.number().int().min(1),
    maxGram: z.number().int().min(1),
    words: z.boolean(),
    wordPairs: z.boolean(),
    maxWords: z.number().int().positive(),
  }),
  /** Messages longer than this many words are also read in windows of it (a disclosure in the middle). */
  window: z.number().int().positive(),
  scale: z.number().positive(),
  bias: z.array(z.number()),
  /** Base64 weights, for a model built in memory; a saved model keeps them beside it (`*.weights`). */
  weights: z.string().optional(),
  trainedOn: z.object({ corpus: z.string(), items: z.number().int(), authors: z.array(z.string()) }),
  /** Decision thresholds chosen on the dev split, with what they gave there. */
  thresholds: z.record(z.string(), z.number()),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export class LinearModel {
  readonly classes: readonly string[];
  readonly spec: FeatureSpec;
  readonly thresholds: Readonly<Record<string, number>>;
  readonly window: number;
  readonly trainedOn: ModelFile['trainedOn'];
  /** The weights as saved (16-bit); `scale` turns a sum of them into a logit. Kept small and never copied. */
  private readonly weights: Int16Array;
  private readonly scale: number;
  private readonly bias: Float64Array;
  private readonly buckets: number;

  constructor(file: ModelFile, weightBytes?: Buffer) {
    this.classes = file.classes;
    this.spec = file.features;
    this.thresholds = file.thresholds;
    this.window = file.window;
    this.trainedOn = file.trainedOn;
    this.buckets = 2 ** file.features.bits;
    this.scale = file.scale;
    const rows = file.classes.length - 1;
    const raw = weightBytes ?? Buffer.from(file.weights ?? '', 'base64');
    if (raw.length !== rows * this.buckets * 2 || file.bias.length !== rows)
      throw new Error(`model weights do not fit ${rows} classes of ${this.buckets} buckets`);
    this.weights = littleEndianInt16(raw);
    this.bias = Float64Array.from(file.bias);
  }

  /**
   * A saved model: its settings in `path` (JSON) and its weights as raw little-endian 16-bit integers in
   * `<path without .json>.weights`, read straight into memory (no base64 text to decode, nothing to copy).
   */
  static load(path: string): LinearModel {
    const parsed = modelFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not a Bala model: ${parsed.error.issues[0]?.message}`);
    return new LinearModel(parsed.data, readFileSync(weightsPath(path)));
  }

  /** Probabilities of each class for the whole message. */
  probabilities(text: string): number[] {
    return this.scoreFeatures(featuresOf(text, this.spec));
  }

  /**
   * The highest probability of one class over the whole message and its windows: a long message with one
   * frightening sentence in the middle is read as that sentence too.
   */
  maxProbability(text: string, classIndex: number): number {
    const words = text.split(/\s+/).filter((w) => w !== '');
    let best = this.probabilities(text)[classIndex] ?? 0;
    const size = this.window;
    if (words.length <= size) return best;
    const limit = Math.min(words.length, this.spec.maxWords);
    for (let start = 0; start < limit; start += Math.ceil(size / 2)) {
      const window = words.slice(start, start + size).join(' ');
      best = Math.max(best, this.probabilities(window)[classIndex] ?? 0);
    }
    return best;
  }

  scoreFeatures(features: Uint32Array): number[] {
    const rows = this.classes.length - 1;
    const sums = new Float64Array(rows);
    for (const f of features) {
      const offset = f * rows;
      for (let r = 0; r < rows; r++) sums[r] = (sums[r] ?? 0) + (this.weights[offset + r] ?? 0);
    }
    const value = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
    const logits = [0];
    for (let r = 0; r < rows; r++) logits.push((this.bias[r] ?? 0) + (sums[r] ?? 0) * this.scale * value);
    return softmax(logits);
  }
}

/** The saved little-endian 16-bit weights as an Int16Array, without a copy where the bytes allow it. */
function littleEndianInt16(bytes: Buffer): Int16Array {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (littleEndian && bytes.byteOffset % 2 === 0)
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const out = new Int16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readInt16LE(i * 2);
  return out;
}

export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function weightsPath(modelPath: string): string {
  return modelPath.replace(/\.json$/, '.weights');
}

/** A model as saved: its settings as JSON text and its weights as bytes (what `npm run train` writes). */
export function savedForm(file: ModelFile): { json: string; weights: Buffer } {
  const { weights, ...settings } = file;
  return { json: `${JSON.stringify(settings, null, 1)}\n`, weights: Buffer.from(weights ?? '', 'base64') };
}

/** Whether the model saved at `path` is, byte for byte, this one. */
export function matchesSaved(path: string, saved: { json: string; weights: Buffer }): boolean {
  if (!existsSync(path) || !existsSync(weightsPath(path))) return false;
  return readFileSync(path, 'utf8') === saved.json && readFileSync(weightsPath(path)).equals(saved.weights);
}
