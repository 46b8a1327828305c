import { seededRandom } from '../random.js';
import { type FeatureSpec, featuresOf } from './features.js';
import { type ModelFile, softmax } from './linear-model.js';

export interface TrainingItem {
  text: string;
  /** Index into the classes. */
  label: number;
}

export interface TrainingOptions {
  classes: readonly string[];
  features: FeatureSpec;
  window: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights a message touches. */
  l2: number;
  /** How much more a mistake on each class costs (recall on disclosures matters more than precision). */
  classWeights?: readonly number[];
  seed: number;
}

/**
 * Trains by stochastic gradient descent with AdaGrad steps. Deterministic: the order comes from the seed,
 * the arithmetic is plain doubles, and the result is rounded to 16 bits when saved.
 */
export function trainLinear(
  items: readonly TrainingItem[],
  options: TrainingOptions,
): { weights: Float64Array; bias: Float64Array } {
  const rows = options.classes.length - 1;
  const buckets = 2 ** options.features.bits;
  const weights = new Float64Array(rows * buckets);
  const squares = new Float64Array(rows * buckets).fill(1e-8);
  const bias = new Float64Array(rows);
  const biasSquares = new Float64Array(rows).fill(1e-8);
  const encoded = items.map((item) => ({
    features: featuresOf(item.text, options.features),
    label: item.label,
  }));
  const order = encoded.map((_, i) => i);
  const logits = new Array<number>(rows + 1).fill(0);
  const activeRows = new Int32Array(rows);
  const gradients = new Float64Array(rows);
  const random = seededRandom(options.seed);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const item = encoded[index];
      if (!item || item.features.length === 0) continue;
      const value = 1 / Math.sqrt(item.features.length);
      for (let r = 0; r < rows; r++) logits[r + 1] = bias[r] ?? 0;
      for (const f of item.features) {
        const offset = f * rows;
        for (let r = 0; r < rows; r++)
          logits[r + 1] = (logits[r + 1] ?? 0) + (weights[offset + r] ?? 0) * value;
      }
      const probabilities = softmax(logits);
      const cost = options.classWeights?.[item.label] ?? 1;
      let active = 0;
      for (let r = 0; r < rows; r++) {
        const gradient = ((probabilities[r + 1] ?? 0) - (item.label === r + 1 ? 1 : 0)) * cost;
        // A class the message is already far from teaches nothing: skipping it keeps many-class training fast.
        if (Math.abs(gradient) < 1e-4) continue;
        biasSquares[r] = (biasSquares[r] ?? 0) + gradient * gradient;
        bias[r] = (bias[r] ?? 0) - (options.learningRate * gradient) / Math.sqrt(biasSquares[r] ?? 1);
        activeRows[active] = r;
        gradients[active] = gradient;
        active++;
      }
      for (const f of item.features) {
        const offset = f * rows;
        for (let a = 0; a < active; a++) {
          const k = offset + (activeRows[a] ?? 0);
          const w = weights[k] ?? 0;
          const g = (gradients[a] ?? 0) * value + options.l2 * w;
          squares[k] = (squares[k] ?? 0) + g * g;
          weights[k] = w - (options.learningRate * g) / Math.sqrt(squares[k] ?? 1);
        }
      }
    }
  }
  return { weights, bias };
}

/** The trained weights as a model file: 16-bit weights, base64, one scale. */
export function modelFile(
  trained: { weights: Float64Array; bias: Float64Array },
  options: TrainingOptions,
  extra: Pick<ModelFile, 'trainedOn' | 'thresholds'>,
): ModelFile {
  let largest = 0;
  for (const w of trained.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest === 0 ? 1 : Number((largest / 32767).toPrecision(9));
  const buffer = Buffer.alloc(trained.weights.length * 2);
  trained.weights.forEach((w, i) => {
    buffer.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(w / scale))), i * 2);
  });
  return {
    format: 'bala-linear-v2',
    classes: [...options.classes],
    features: options.features,
    window: options.window,
    scale,
    bias: [...trained.bias].map((b) => Number(b.toFixed(6))),
    weights: buffer.toString('base64'),
    trainedOn: extra.trainedOn,
    thresholds: extra.thresholds,
  };
}
