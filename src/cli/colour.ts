// The terminal's colours for the formats that use a palette: chalk's, or none.
import { type Palette, PLAIN } from '../formatters/index.js';
import type { Io } from './io.js';
import type { Options } from './options.js';

/**
 * Colour only for a terminal, never with NO_COLOR or --no-color; FORCE_COLOR or --color turn it on.
 * chalk is loaded only when colour is on, so piped and CI runs do not pay for it at start-up.
 */
export async function paletteFor(options: Pick<Options, 'color'>, io: Pick<Io, 'env' | 'stdout'>): Promise<Palette> {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const wanted = options.color ?? (forced || (io.stdout.isTTY === true && !io.env.NO_COLOR));
  if (!wanted) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    included: chalk.green,
    altered: chalk.yellow,
    omitted: chalk.red,
    unique: chalk.magenta,
    removed: (t) => chalk.red.strikethrough(t),
    added: chalk.green.underline,
    heading: chalk.bold,
    dim: chalk.dim,
    colour: true,
  };
}
