/** The receptive-field engine: pure, no I/O. */
export * from './fraction.js';
export * from './graph.js';
export * from './ops.js';
export { analyze, tensorRF, Analysis, type AnalyzeOptions, type Misalignment, type TensorRF } from './analyze.js';
export { ENGINE_CODES, type EngineCode } from './codes.js';
export { ERF_STEPS_PER_FILE, effectiveRF, erfProfile, profileStats, type EffectiveRF, type ErfProfile, type ErfOptions } from './erf.js';
export { rfPath, type PathStep } from './path.js';
export { Deadline, TimeBudgetExceeded } from './deadline.js';
export { channelsOf, isPriced, networkCost, type LayerCost, type NetworkCost } from './cost.js';
export { leverAdvice, type Lever, type LeverCost, type LeverName } from './levers.js';
