/**
 * The section types Darknet reads and the keys each one reads, as AlexeyAB/darknet's
 * src/parser.c defines them (`string_to_layer_type` and each `parse_*`), plus the few keys only
 * pjreddie/darknet reads. A key Darknet does not
 * read in a section is a mistake there (Darknet only prints "Unused field"), so rflint says so,
 * with the nearest key it does read.
 */

/** How a section's layer maps positions; `layers.ts` reads each family's keys. */
export type Family =
  | 'net'
  | 'convolutional'
  | 'local'
  | 'maxpool'
  | 'local_avgpool'
  | 'avgpool'
  | 'connected'
  | 'route'
  | 'shortcut'
  | 'scale_channels'
  | 'sam'
  | 'upsample'
  | 'reorg'
  | 'crop'
  | 'softmax'
  | 'pointwise'
  | 'head'
  | 'unsupported';

export interface SectionKind {
  readonly family: Family;
  /** The name nodes and diagnostics use (`conv@12`): the canonical type, shortened for conv. */
  readonly short: string;
  readonly keys: readonly string[];
}

/** Keys `parse_network_cfg_custom` reads in every layer section. */
export const COMMON: readonly string[] = ['stopbackward', 'clip', 'onlyforward', 'dont_update', 'burnin_update', 'train_only_bn', 'dontload', 'dontloadscales', 'learning_rate'];

const NET = [
  'max_batches', 'batch', 'learning_rate', 'learning_rate_min', 'sgdr_cycle', 'sgdr_mult', 'momentum', 'decay', 'subdivisions', 'time_steps',
  'track', 'augment_speed', 'sequential_subdivisions', 'try_fix_nan', 'weights_reject_freq', 'equidistant_point', 'badlabels_rejection_percentage',
  'num_sigmas_reject_badlabels', 'ema_alpha', 'use_cuda_graph', 'loss_scale', 'dynamic_minibatch', 'optimized_memory', 'workspace_size_limit_MB',
  'adam', 'B1', 'B2', 'eps', 'height', 'width', 'channels', 'inputs', 'max_crop', 'min_crop', 'flip', 'blur', 'gaussian_noise', 'mixup', 'cutmix',
  'mosaic', 'letter_box', 'mosaic_bound', 'contrastive', 'contrastive_jit_flip', 'contrastive_color', 'unsupervised', 'label_smooth_eps',
  'resize_step', 'attention', 'adversarial_lr', 'max_chart_loss', 'angle', 'aspect', 'saturation', 'exposure', 'hue', 'power', 'policy', 'burn_in',
  'step', 'scale', 'steps', 'scales', 'seq_scales', 'gamma', 'show_receptive_field',
  // Read by pjreddie/darknet, the original, whose cfgs are still common.
  'notruth', 'random', 'max_ratio', 'min_ratio', 'center', 'clip',
];

const CONVOLUTIONAL = [
  'filters', 'groups', 'size', 'stride', 'stride_x', 'stride_y', 'dilation', 'antialiasing', 'pad', 'padding', 'activation', 'assisted_excitation',
  'share_index', 'batch_normalize', 'cbn', 'binary', 'xnor', 'bin_output', 'sway', 'rotate', 'stretch', 'stretch_sway', 'flipped', 'dot', 'angle',
  'grad_centr', 'reverse', 'coordconv', 'stream', 'wait_stream',
];

const YOLO = [
  'classes', 'num', 'mask', 'max', 'show_details', 'max_delta', 'counters_per_class', 'label_smooth_eps', 'scale_x_y', 'objectness_smooth',
  'new_coords', 'iou_normalizer', 'obj_normalizer', 'cls_normalizer', 'delta_normalizer', 'iou_loss', 'iou_thresh_kind', 'beta_nms', 'nms_kind',
  'jitter', 'resize', 'focal_loss', 'ignore_thresh', 'truth_thresh', 'iou_thresh', 'random', 'track_history_size', 'sim_thresh', 'dets_for_track',
  'dets_for_show', 'track_ciou_norm', 'embedding_layer', 'map', 'anchors',
];

const REGION = [
  'coords', 'classes', 'num', 'max', 'log', 'sqrt', 'softmax', 'focal_loss', 'jitter', 'resize', 'rescore', 'thresh', 'classfix', 'absolute',
  'random', 'coord_scale', 'object_scale', 'noobject_scale', 'mask_scale', 'class_scale', 'bias_match', 'tree', 'map', 'anchors',
];

const DETECTION = [
  'coords', 'classes', 'rescore', 'num', 'side', 'softmax', 'sqrt', 'max', 'coord_scale', 'forced', 'object_scale', 'noobject_scale', 'class_scale',
  'jitter', 'resize', 'random', 'reorg',
];

const MAXPOOL = ['stride', 'stride_x', 'stride_y', 'size', 'padding', 'maxpool_depth', 'out_channels', 'antialiasing', 'maxpool_zero_nonmax'];

function kind(family: Family, short: string, keys: readonly string[], common = true): SectionKind {
  return { family, short, keys: common ? [...keys, ...COMMON] : keys };
}

const conv = kind('convolutional', 'conv', CONVOLUTIONAL);
const maxpool = kind('maxpool', 'maxpool', MAXPOOL);
const yolo = kind('head', 'yolo', YOLO);

/** Section types by the name between the brackets (case-sensitive, as Darknet compares them). */
export const SECTIONS: ReadonlyMap<string, SectionKind> = new Map([
  ['net', kind('net', 'net', NET, false)],
  ['network', kind('net', 'net', NET, false)],
  ['convolutional', conv],
  ['conv', conv],
  ['local', kind('local', 'local', ['filters', 'size', 'stride', 'pad', 'activation'])],
  ['maxpool', maxpool],
  ['max', maxpool],
  ['local_avgpool', kind('local_avgpool', 'local_avgpool', ['stride', 'stride_x', 'stride_y', 'size', 'padding'])],
  ['local_avg', kind('local_avgpool', 'local_avgpool', ['stride', 'stride_x', 'stride_y', 'size', 'padding'])],
  ['avgpool', kind('avgpool', 'avgpool', [])],
  ['avg', kind('avgpool', 'avgpool', [])],
  ['connected', kind('connected', 'connected', ['output', 'activation', 'batch_normalize'])],
  ['conn', kind('connected', 'connected', ['output', 'activation', 'batch_normalize'])],
  ['route', kind('route', 'route', ['layers', 'groups', 'group_id', 'stream', 'wait_stream'])],
  // `alpha`/`beta`: pjreddie/darknet's weighted shortcut (same geometry).
  ['shortcut', kind('shortcut', 'shortcut', ['activation', 'weights_type', 'weights_normalization', 'from', 'alpha', 'beta'])],
  ['scale_channels', kind('scale_channels', 'scale_channels', ['from', 'scale_wh', 'activation'])],
  ['sam', kind('sam', 'sam', ['from', 'activation'])],
  ['upsample', kind('upsample', 'upsample', ['stride', 'scale'])],
  // `extra`/`flatten`: pjreddie/darknet's parse_reorg reads them (AlexeyAB's does not).
  ['reorg', kind('reorg', 'reorg', ['stride', 'reverse', 'extra', 'flatten'])],
  ['reorg3d', kind('reorg', 'reorg3d', ['stride', 'reverse'])],
  ['crop', kind('crop', 'crop', ['crop_height', 'crop_width', 'flip', 'angle', 'saturation', 'exposure', 'noadjust', 'shift'])],
  ['softmax', kind('softmax', 'softmax', ['groups', 'temperature', 'tree', 'spatial', 'noloss'])],
  ['soft', kind('softmax', 'softmax', ['groups', 'temperature', 'tree', 'spatial', 'noloss'])],
  ['dropout', kind('pointwise', 'dropout', ['probability', 'dropblock', 'dropblock_size_rel', 'dropblock_size_abs'])],
  ['activation', kind('pointwise', 'activation', ['activation'])],
  ['batchnorm', kind('pointwise', 'batchnorm', [])],
  // Local response normalization mixes channels (`size` of them), not positions.
  ['normalization', kind('pointwise', 'normalization', ['alpha', 'beta', 'kappa', 'size'])],
  ['lrn', kind('pointwise', 'normalization', ['alpha', 'beta', 'kappa', 'size'])],
  ['cost', kind('pointwise', 'cost', ['type', 'scale', 'ratio'])],
  ['empty', kind('pointwise', 'empty', [])],
  ['silence', kind('pointwise', 'empty', [])],
  ['yolo', yolo],
  ['Gaussian_yolo', kind('head', 'yolo', [...YOLO, 'uc_normalizer', 'yolo_point'])],
  ['region', kind('head', 'region', REGION)],
  ['detection', kind('head', 'detection', DETECTION)],
  ['rnn', kind('unsupported', 'rnn', [])],
  ['crnn', kind('unsupported', 'crnn', [])],
  ['gru', kind('unsupported', 'gru', [])],
  ['lstm', kind('unsupported', 'lstm', [])],
  ['conv_lstm', kind('unsupported', 'conv_lstm', [])],
  ['history', kind('unsupported', 'history', [])],
  ['implicit', kind('unsupported', 'implicit', [])],
  ['contrastive', kind('unsupported', 'contrastive', [])],
]);
