/**
 * The head modules: their inputs are the model's outputs. What a head runs on each input is
 * decided by the head module itself (its name and its row's args), never by the file's
 * `anchors:` key, which YOLOv9's anchor-free files keep too:
 *
 * - a v8-style head (Ultralytics' Detect and its kin; YOLOv9's Detect, DDetect, DualDDetect,
 *   TripleDDetect, Segment, DSegment, DualDSegment, Panoptic) runs each level through two 3×3
 *   Convs before its 1×1 (`cv2`, the boxes; the classes, masks and keypoints have the same
 *   geometry): that branch is an output of its own (`P3.box`);
 * - an anchor-based head (YOLOv5's and YOLOv7's Detect, YOLOv7's IDetect and IAuxDetect) is a 1×1
 *   conv per level (ImplicitA/M are pointwise): its inputs are the outputs.
 *
 * Dual and triple heads (YOLOv9's programmable gradient information, YOLOv7's auxiliary head)
 * read groups of levels; the auxiliary group's outputs are named A3, A4… as the repositories'
 * own comments name them, the others P3, P4….
 */
import type { Args } from './document.js';

export type HeadKind = 'detect' | 'detect-plain' | 'classify';

/** How a multi-group head's inputs split into groups of levels (in `from` order). */
type Groups = readonly ('P' | 'A')[];

/** Mask prototypes: where they read, and how (the repositories' Proto differ). */
export type ProtoKind =
  | 'first' // Proto on the first input: Conv 3×3, 2× up (Ultralytics: ConvTranspose 2×2/2; YOLOv5/v9: nearest), Conv 3×3, 1×1
  | 'last-1x1' // YOLOv9's DSegment: a 1×1 Conv of the last input
  | 'last-two-1x1'; // YOLOv9's DualDSegment: 1×1 Convs of the last two inputs

export interface HeadDef {
  readonly kind: HeadKind;
  /** `v8`: two 3×3 Convs per level (an output `P3.box`); `anchored`: a 1×1 conv. */
  readonly branch: 'v8' | 'anchored' | ((args: Args) => 'v8' | 'anchored');
  readonly groups?: Groups;
  readonly proto?: ProtoKind;
  /** YOLOv9's Panoptic: UConv on the first input (Conv 3×3, 1×1, bilinear 2× align_corners). */
  readonly semantic?: boolean;
}

/** YOLOv5's and YOLOv7's Detect take `[nc, anchors]`; Ultralytics' and YOLOv9's take `[nc]`. */
const detectBranch = (a: Args): 'v8' | 'anchored' => (a.length >= 2 ? 'anchored' : 'v8');
/** YOLOv5's Segment takes `[nc, anchors, nm, npr]`; Ultralytics' and YOLOv9's `[nc, nm, npr]`. */
const segmentBranch = (a: Args): 'v8' | 'anchored' => (a.length >= 4 || Array.isArray(a.raw(1)) ? 'anchored' : 'v8');

export const HEADS: Readonly<Record<string, HeadDef>> = {
  Detect: { kind: 'detect', branch: detectBranch },
  Segment: { kind: 'detect', branch: segmentBranch, proto: 'first' },
  Pose: { kind: 'detect', branch: 'v8' },
  OBB: { kind: 'detect', branch: 'v8' },
  v10Detect: { kind: 'detect', branch: 'v8' },
  WorldDetect: { kind: 'detect', branch: 'v8' },
  YOLOEDetect: { kind: 'detect', branch: 'v8' },
  YOLOESegment: { kind: 'detect', branch: 'v8', proto: 'first' },
  RTDETRDecoder: { kind: 'detect-plain', branch: 'anchored' },
  Classify: { kind: 'classify', branch: 'anchored' },
  // YOLOv7 (models/yolo.py): IDetect is Detect with implicit knowledge; IAuxDetect reads the lead
  // levels, then as many auxiliary levels.
  IDetect: { kind: 'detect', branch: 'anchored' },
  IAuxDetect: { kind: 'detect', branch: 'anchored', groups: ['P', 'A'] },
  // YOLOv9 (models/yolo.py): the auxiliary levels come first.
  DDetect: { kind: 'detect', branch: 'v8' },
  DualDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P'] },
  DualDDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P'] },
  TripleDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P', 'P'] },
  TripleDDetect: { kind: 'detect', branch: 'v8', groups: ['A', 'P', 'P'] },
  DSegment: { kind: 'detect', branch: 'v8', proto: 'last-1x1' },
  DualDSegment: { kind: 'detect', branch: 'v8', groups: ['A', 'P'], proto: 'last-two-1x1' },
  Panoptic: { kind: 'detect', branch: 'v8', proto: 'first', semantic: true },
};

/** The heads only the YOLOv7 repository defines: a file with one uses YOLOv7's Conv. */
export const YOLOV7_HEADS: ReadonlySet<string> = new Set(['IDetect', 'IAuxDetect', 'IKeypoint', 'IBin']);

export interface HeadPlan {
  /** Per level: the index into the head's inputs and its group's letter. */
  readonly levels: readonly { readonly input: number; readonly group: 'P' | 'A'; readonly groupIndex: number }[];
  /** Inputs read by the mask prototypes (1×1 for DSegment's), in order. */
  readonly protoInputs: readonly number[];
  readonly branch: 'v8' | 'anchored';
}

/** The head's inputs as levels and prototype inputs; a message when their count does not fit. */
export function planHead(def: HeadDef, name: string, args: Args, count: number): HeadPlan | string {
  const protoCount = def.proto === 'last-1x1' ? 1 : def.proto === 'last-two-1x1' ? 2 : 0;
  const groups = def.groups ?? ['P'];
  const levelCount = count - protoCount;
  if (levelCount < groups.length || levelCount % groups.length !== 0) {
    const what = protoCount > 0 ? ` and then ${protoCount === 1 ? 'the prototype input' : 'two prototype inputs'}` : '';
    return `\`${name}\` reads ${groups.length > 1 ? `${groups.length} equal groups of levels (${groups.join(', ')})` : 'at least one level'}${what}, but \`from\` lists ${count}`;
  }
  const per = levelCount / groups.length;
  const levels = Array.from({ length: levelCount }, (_, input) => ({ input, group: groups[Math.floor(input / per)]!, groupIndex: Math.floor(input / per) }));
  const protoInputs = def.proto === 'first' ? [0] : Array.from({ length: protoCount }, (_, k) => levelCount + k);
  return { levels, protoInputs, branch: typeof def.branch === 'function' ? def.branch(args) : def.branch };
}
