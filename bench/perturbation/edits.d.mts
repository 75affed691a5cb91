// Types for the edit generators in edits.mjs (see score.d.mts).
import type { Article } from './score.mjs';

export interface Truth {
  expect: 'altered' | 'omitted' | 'included' | 'unique';
  edit: string;
  sentence: number;
  find?: string;
  factKind?: string;
  text?: string;
}

export interface Version {
  edit: string;
  rotation: number;
  text: string;
  truths: Truth[];
  touched: number[];
}

export const ROTATIONS: number;
export function articleText(title: string, sentences: string[]): string;
export function editableNumbers(text: string): Array<{ text: string; start: number; end: number }>;
export function changedNumber(written: string): string;
export function convertedUnit(text: string): { find: string; replace: string } | null;
export function reformattedNumber(text: string): { find: string; replace: string } | null;
export function flippedDirection(text: string): { find: string; replace: string; number: string } | null;
export function versionsOf(article: Article): Version[];
