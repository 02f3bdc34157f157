/**
 * Diagnostic codes of the OpenVINO IR loader (RF620–RF639), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
export const OPENVINO_CODES = {
  RF620: 'an OpenVINO IR .xml is not well-formed XML',
  RF621: 'an XML file is not an OpenVINO IR (v10 or v11): no <net> with <layers> and <edges>',
  RF622: 'an OpenVINO IR layer, port or edge misses an attribute or has a malformed one',
  RF623: 'an OpenVINO IR layer attribute (<data>) has a value of the wrong type or range',
  RF624: 'an OpenVINO IR edge names a layer or port that does not exist, or an input is not connected',
  RF625: 'an OpenVINO IR layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
  RF626: 'an OpenVINO IR .xml is larger than the size limit',
  RF627: 'an OpenVINO IR .xml is not UTF-8 text',
  RF628: 'an OpenVINO IR layer needs a value the .xml does not give (static port dims, or a constant in the .bin)',
  RF629: 'an OpenVINO IR is over a limit (layers, XML elements, nesting) or declares entities (an XML bomb)',
  RF630: 'an OpenVINO IR layer that rflint cannot map to positions (a spatial Concat or Split, a convolution over moved axes)',
  RF631: 'a channel-attention gate (a product with a globally pooled tensor) makes the outputs after it global',
  RF632: 'an OpenVINO IR has no Parameter or no Result layer, or the graph has a cycle',
  RF633: 'an OpenVINO IR Transpose whose order the port dims do not tell apart (the order lives in the .bin)',
} as const;

export type OpenvinoCode = keyof typeof OPENVINO_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF620',
  notIr: 'RF621',
  malformed: 'RF622',
  invalidValue: 'RF623',
  badEdge: 'RF624',
  unknownType: 'RF625',
  fileTooLarge: 'RF626',
  notText: 'RF627',
  needsValue: 'RF628',
  limit: 'RF629',
  unsupported: 'RF630',
  gate: 'RF631',
  noIo: 'RF632',
  ambiguous: 'RF633',
} as const satisfies Record<string, OpenvinoCode>;
