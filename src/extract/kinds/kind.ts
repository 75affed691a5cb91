import type { FactKind, FactValue } from '../../types.js';

/** A fact a finder located in one sentence, by token positions; the extract stage turns it into a `Fact`. */
export interface FoundFact {
  kind: FactKind;
  /** First token of the fact's words and the token after the last. */
  first: number;
  next: number;
  value: FactValue;
  /** Words naming what is counted or measured ("North Korean soldiers"), when the finder can tell. */
  subject?: string;
}
