// Types for the sentence-pair scorer (see score.mjs), used by test/bench/pairs-score.test.ts.
export interface GoldMember {
  version: string;
  line: number;
  text: string;
}
export interface GoldPairs {
  story: string;
  versions: string[];
  groups: { claim?: string; members: GoldMember[] }[];
}
export interface ReportSentence {
  index: number;
  text: string;
  line?: number;
}
export interface ClusterReport {
  sources: { id: string; path?: string; sentences: ReportSentence[] }[];
  clusters: { id?: string; members: { source: string; sentence: number; text?: string }[] }[];
}
/** A pair of units (`version#index` of the first report sentence, or `version?…` for a member not located). */
export interface ShownPair {
  a: string;
  b: string;
  textA: string;
  textB: string;
}
export interface StoryScore {
  story: string;
  members: number;
  unlocated: GoldMember[];
  gold: number;
  predicted: number;
  hits: number;
  missed: ShownPair[];
  spurious: ShownPair[];
}
export type Tally = Record<'stories' | 'members' | 'unlocated' | 'gold' | 'predicted' | 'hits', number>;
export function compact(text: string): string;
export function locate(sentences: ReportSentence[], text: string, line: number): number[];
export function scoreStory(report: ClusterReport, gold: GoldPairs): StoryScore;
export function tally(scores: StoryScore[]): Tally;
export function rates(t: Pick<Tally, 'gold' | 'predicted' | 'hits'>): Record<'precision' | 'recall' | 'f1', number>;
