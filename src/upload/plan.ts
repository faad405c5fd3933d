// The budget planner: how many bytes and pixels each image of an application may use so that all
// files together fit the budget with even quality. Pure and DOM-free, so a server can reuse it.

/** The budget of one application's attachments: "5 MB" read conservatively (decimal and binary both hold). */
export const DEFAULT_BUDGET_BYTES = 5_000_000;
/** A4 at 150 dpi: the long edge below which small print stops being legible; kept unless the budget forbids. */
export const MIN_LONG_EDGE = 1754;
/** A4 at 200 dpi: no document photo is sent larger than this. */
export const PREFERRED_LONG_EDGE = 2339;
/** Below this nothing is worth sending; past it the files cannot fit. */
export const ABSOLUTE_MIN_LONG_EDGE = 640;

/**
 * JPEG cost in bits per pixel. Above MAX nothing visible is gained; GOOD is where resolution starts to
 * go before quality does; MIN is the lowest quality used before the long edge goes under MIN_LONG_EDGE.
 */
export const BITS_PER_PIXEL = { max: 3, good: 1.2, min: 0.6 } as const;

export type PlanItem =
  /** A file sent as it is (a PDF): its bytes count in full. */
  | { id: string; kind: 'fixed'; bytes: number; name?: string }
  /**
   * An image to be re-encoded. `sourceBytes` caps its share (a JPEG: re-encoding it never needs more
   * bytes than the original took). `current` is its already processed result, if any: see `counted`.
   */
  | {
      id: string;
      kind: 'image';
      /** The file's name, for the message that names what to remove. */
      name?: string;
      width: number;
      height: number;
      sourceBytes?: number;
      current?: {
        bytes: number;
        longEdge: number;
        /**
         * Its share did not limit it (highest quality at its planned long edge): a larger share would
         * give the same bytes, so it counts at its real size and its spare goes to the others.
         */
        unconstrained?: boolean;
        /** The share (maxBytes) it was made for; a later plan giving clearly more re-makes it from the original. */
        madeFor?: number;
      };
      /** Its original is at hand (in memory or in the draft), so it can be made again at a better quality. */
      hasOriginal?: boolean;
    };

export interface ImageTarget {
  /** Most bytes the encoded image may take. */
  maxBytes: number;
  /** Long edge to encode at (never above the image's own). */
  longEdge: number;
  /**
   * The smallest long edge the encoder may go down to when even its lowest quality cannot meet
   * maxBytes at `longEdge` (the budget cannot be met otherwise; the element then says so).
   */
  minLongEdge: number;
  /** The plan had to go under MIN_LONG_EDGE for this image (the interface says so). */
  belowMinEdge: boolean;
  /** Whether an image processed for an earlier plan must be processed again to fit this one. */
  recompress: boolean;
  /**
   * Space freed up: this plan gives the image clearly more than its result was made for, so it is made
   * again from its original (never from the reduced file) at the better quality.
   */
  upgrade: boolean;
}

export interface BudgetPlan {
  budget: number;
  /** Bytes of files that count as they are (PDFs). */
  fixedBytes: number;
  /**
   * Bytes the plan allows in total: fixed files, every image's share, and the real size of each
   * processed image that is not re-compressed where that is larger.
   */
  plannedBytes: number;
  fits: boolean;
  /** How many bytes over the budget the smallest possible set would still be (0 when it fits). */
  overBy: number;
  /** Some image had to go under MIN_LONG_EDGE. */
  belowMinEdge: boolean;
  /**
   * Compression cannot meet the budget (files that are not images are too large by themselves, or
   * images even at standard quality): photos then keep standard quality (long edge ≥ MIN_LONG_EDGE)
   * instead of being crushed for nothing, and `remove` names what to take out.
   */
  unmeetable: boolean;
  /** Ids of the files to remove or replace (largest first) for the rest to fit; empty when it fits. */
  remove: string[];
  images: Record<string, ImageTarget>;
}

/** Tolerance for an image processed under an earlier plan: re-encoding to save 2 % is not worth it. */
const RECOMPRESS_SLACK = 1.02;
/** A reduced image is made again from its original when its share grows by more than this. */
const UPGRADE_GAIN = 1.15;
/** The step where images stand at standard quality: long edge MIN_LONG_EDGE at the lowest bits per pixel. */
const STANDARD_STEP = 3;

/**
 * A step on the quality ladder: t in [0, 4]. 0–1 lowers bits per pixel at PREFERRED_LONG_EDGE;
 * 1–2 lowers the long edge to MIN_LONG_EDGE; 2–3 lowers bits per pixel to MIN; 3–4 goes under
 * MIN_LONG_EDGE. Every image stands on the same step, which is what keeps quality even.
 */
function step(t: number): { edge: number; bpp: number } {
  const lerp = (a: number, b: number, f: number) => a + (b - a) * Math.min(1, Math.max(0, f));
  if (t <= 1) return { edge: PREFERRED_LONG_EDGE, bpp: lerp(BITS_PER_PIXEL.max, BITS_PER_PIXEL.good, t) };
  if (t <= 2) return { edge: lerp(PREFERRED_LONG_EDGE, MIN_LONG_EDGE, t - 1), bpp: BITS_PER_PIXEL.good };
  if (t <= 3) return { edge: MIN_LONG_EDGE, bpp: lerp(BITS_PER_PIXEL.good, BITS_PER_PIXEL.min, t - 2) };
  return { edge: lerp(MIN_LONG_EDGE, ABSOLUTE_MIN_LONG_EDGE, t - 3), bpp: BITS_PER_PIXEL.min };
}

/** Bytes and long edge of one image on step t. */
function share(item: Extract<PlanItem, { kind: 'image' }>, t: number): { bytes: number; edge: number } {
  const natural = Math.max(item.width, item.height);
  const { edge, bpp } = step(t);
  const longEdge = Math.max(1, Math.round(Math.min(natural, edge)));
  const scale = longEdge / natural;
  const pixels = item.width * item.height * scale * scale;
  // A small image still costs its JPEG headers; 2 KB keeps tiny images from getting absurd targets.
  const bytes = Math.max(2048, Math.floor((pixels * bpp) / 8));
  return { bytes: item.sourceBytes && item.sourceBytes > 0 ? Math.min(bytes, item.sourceBytes) : bytes, edge: longEdge };
}

/**
 * What an image counts for on step t. One to be (re-)compressed counts at its share. One kept as
 * it is counts at its real size when that is larger (up to RECOMPRESS_SLACK over its share), so
 * the plan never says it fits while the real total is over; and at its share when it is smaller,
 * so what it left unused does not all go to the newest image (quality stays even) — unless a
 * larger share would not have changed it (`unconstrained`).
 */
function counted(item: Extract<PlanItem, { kind: 'image' }>, t: number): number {
  const s = share(item, t).bytes;
  const current = item.current;
  if (!current || current.bytes > s * RECOMPRESS_SLACK) return s;
  return current.unconstrained ? current.bytes : Math.max(current.bytes, s);
}

/** Plans the budget for all files of one application (called whenever a file is added or removed). */
export function planBudget(items: readonly PlanItem[], budget: number = DEFAULT_BUDGET_BYTES): BudgetPlan {
  const images = items.filter((i): i is Extract<PlanItem, { kind: 'image' }> => i.kind === 'image');
  const fixedBytes = items.reduce((sum, i) => sum + (i.kind === 'fixed' ? i.bytes : 0), 0);
  const available = budget - fixedBytes;
  const total = (t: number) => images.reduce((sum, i) => sum + counted(i, t), 0);

  // Smallest t (best quality) whose total fits: total(t) never grows with t (a kept image's count
  // only drops, to its share, once it is to be re-compressed), so bisect.
  let t = 0;
  let unmeetable = false;
  if (total(0) > available) {
    if (total(4) > available) {
      // Cannot fit whatever the photos lose: they keep standard quality; the person removes a file.
      t = STANDARD_STEP;
      unmeetable = true;
    } else {
      let lo = 0;
      let hi = 4;
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (total(mid) <= available) hi = mid;
        else lo = mid;
      }
      t = hi;
    }
  }

  const targets: Record<string, ImageTarget> = {};
  let belowMinEdge = false;
  for (const item of images) {
    const { bytes, edge } = share(item, t);
    const natural = Math.max(item.width, item.height);
    const below = edge < Math.min(natural, MIN_LONG_EDGE);
    belowMinEdge ||= below;
    targets[item.id] = {
      maxBytes: bytes,
      longEdge: edge,
      // Unmeetable: going under standard quality would not make it fit, so the encoder may not either.
      minLongEdge: unmeetable ? edge : Math.min(edge, ABSOLUTE_MIN_LONG_EDGE),
      belowMinEdge: below,
      // Unmeetable: re-encoding a processed photo would lose quality and still not fit, so it stays.
      recompress: !unmeetable && item.current !== undefined && item.current.bytes > bytes * RECOMPRESS_SLACK,
      upgrade:
        item.current !== undefined &&
        item.hasOriginal !== false &&
        !item.current.unconstrained &&
        bytes > (item.current.madeFor ?? item.current.bytes) * UPGRADE_GAIN,
    };
  }
  const plannedBytes = fixedBytes + total(t);
  const fits = plannedBytes <= budget;
  return {
    budget,
    fixedBytes,
    plannedBytes,
    fits,
    overBy: fits ? 0 : plannedBytes - budget,
    belowMinEdge,
    unmeetable,
    remove: fits ? [] : filesToRemove(items, images, budget, t),
    images: targets,
  };
}

/**
 * The fewest files, largest first, whose removal lets the rest fit at standard quality: files that
 * are not images first (they cannot be made smaller), then images.
 */
function filesToRemove(
  items: readonly PlanItem[],
  images: Extract<PlanItem, { kind: 'image' }>[],
  budget: number,
  t: number,
): string[] {
  const sizeOf = (i: PlanItem) => (i.kind === 'fixed' ? i.bytes : counted(i, Math.max(t, STANDARD_STEP)));
  const fixed = items.filter((i) => i.kind === 'fixed').sort((a, b) => sizeOf(b) - sizeOf(a));
  const imgs = [...images].sort((a, b) => sizeOf(b) - sizeOf(a));
  let rest = items.reduce((sum, i) => sum + (i.kind === 'fixed' ? i.bytes : counted(i, 4)), 0);
  const out: string[] = [];
  for (const item of [...fixed, ...imgs]) {
    if (rest <= budget) break;
    rest -= item.kind === 'fixed' ? item.bytes : counted(item, 4);
    out.push(item.id);
  }
  return out;
}
