/** Which rules apply to a file and an output: picomatch globs, compiled once per rule. */
import picomatch from 'picomatch';
import type { LoadOptions } from '../formats/model.js';
import { type Diagnostic, warning } from '../formats/diagnostic.js';
import type { Mapping, Rule } from './rules.js';
import { nearest } from '../formats/yaml/suggest.js';

type Matcher = (path: string) => boolean;
const compiled = new WeakMap<Rule, { files: Matcher; outputs?: Matcher }>();

function matchers(rule: Rule): { files: Matcher; outputs?: Matcher } {
  let m = compiled.get(rule);
  if (!m) {
    // dot: a file the user chose to check (even under .github/) is matched by `**`.
    m = { files: picomatch([...rule.files], { dot: true }), ...(rule.outputs ? { outputs: picomatch([...rule.outputs], { dot: true }) } : {}) };
    compiled.set(rule, m);
  }
  return m;
}

export function ruleMatchesFile(rule: Rule, path: string): boolean {
  return matchers(rule).files(path);
}

/**
 * `; did you mean \`pool5\`?` for output patterns that match none of `names`: the names a
 * pattern matches but for case (`Pool5`, `p5*` for `P5`), else the nearest by edit distance.
 */
export function outputSuggestion(patterns: readonly string[], names: readonly string[]): string {
  const byCase = names.filter((name) => picomatch([...patterns], { dot: true, nocase: true })(name));
  const near = byCase.length > 0 ? byCase : patterns.map((p) => nearest(p, names)).filter((n): n is string => n !== undefined);
  const unique = [...new Set(near)].slice(0, 3);
  return unique.length === 0 ? '' : `; did you mean ${unique.map((n) => `\`${n}\``).join(' or ')}?`;
}

export function ruleMatchesOutput(rule: Rule, output: string): boolean {
  const m = matchers(rule).outputs;
  return m ? m(output) : true;
}

/**
 * Loader options for one file: the command line's (or the action's) settings, then each rule
 * that matches the file, in order: later rules win, `assume` maps add up.
 */
export function loadOptionsFor(path: string, rules: readonly Rule[], base: LoadOptions): LoadOptions {
  const assume = new Map<string, Mapping>(base.assume ?? []);
  let { channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = base;
  for (const rule of rules) {
    if (!ruleMatchesFile(rule, path)) continue;
    for (const [op, mapping] of rule.assume ?? []) assume.set(op, mapping);
    if (rule.channelAttention) channelAttentionPointwise = rule.channelAttention === 'pointwise';
    if (rule.attention) attentionPointwise = rule.attention === 'pointwise';
    inputSize = rule.inputSize ?? inputSize;
    dataInput = rule.dataInput ?? dataInput;
    scale = rule.scale ?? scale;
    stages = rule.stages ?? stages;
  }
  return {
    limits: base.limits,
    ...(assume.size > 0 ? { assume } : {}),
    ...(channelAttentionPointwise !== undefined ? { channelAttentionPointwise } : {}),
    ...(attentionPointwise !== undefined ? { attentionPointwise } : {}),
    ...(inputSize !== undefined ? { inputSize } : {}),
    ...(dataInput !== undefined ? { dataInput } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...(stages !== undefined ? { stages } : {}),
  };
}

/** A rule whose `files` match none of the discovered files is most likely a typo. */
export function unusedRules(rules: readonly Rule[], files: readonly string[]): Diagnostic[] {
  return rules
    .filter((rule) => !files.some((file) => ruleMatchesFile(rule, file)))
    .map((rule) =>
      warning('RF404', `rules[${rule.index}] matches no model file (files: ${rule.files.map((f) => `\`${f}\``).join(', ')}); check the glob against the paths checked`, rule.position, {
        file: rule.source,
      }),
    );
}
