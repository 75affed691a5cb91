// claimdiff as a library: only exports. The run itself is stated in pipeline.ts.
export type * from './types.js';
export { type CompareOptions, type Stage, compare, compareSources } from './pipeline.js';
export { InputError } from './errors.js';
export { verdictOf } from './report/verdict-of.js';
export {
  FORMATTERS,
  FORMAT_NAMES,
  type FormatContext,
  type FormatName,
  type Formatter,
  type Palette,
  formatReport,
} from './formatters/index.js';
