/**
 * The colours a formatter may use, passed in by the caller. Formatters never import chalk: the CLI
 * decides whether colour is on (TTY, NO_COLOR, --no-color) and hands over either chalk's functions or
 * the plain palette.
 */
export interface Palette {
  included: (text: string) => string;
  altered: (text: string) => string;
  omitted: (text: string) => string;
  unique: (text: string) => string;
  removed: (text: string) => string;
  added: (text: string) => string;
  heading: (text: string) => string;
  dim: (text: string) => string;
  /** Whether the palette adds colour; without it, diffs mark changes with [-...-] and {+...+}. */
  colour: boolean;
}

const same = (text: string) => text;

export const PLAIN: Palette = {
  included: same,
  altered: same,
  omitted: same,
  unique: same,
  removed: same,
  added: same,
  heading: same,
  dim: same,
  colour: false,
};
