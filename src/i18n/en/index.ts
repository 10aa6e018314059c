import { welcome } from './welcome';
import { findHelp } from './findHelp';
import { results } from './results';
import { memory } from './memory';
import { resource } from './resource';
import { needs } from './needs';
import { interruptions } from './interruptions';
import { crisis } from './crisis';
import { page } from './page';
import { limits } from './limits';
import { errors } from './errors';
import { answers } from './answers';
import { meetings } from './meetings';

/**
 * Every English string a user reads. Keep them short, warm and plain (see ../shared/SAFETY.md).
 * Spanish mirrors this shape in es/; the compiler checks that nothing is missing there.
 */
export const en = {
  welcome,
  findHelp,
  results,
  memory,
  resource,
  needs,
  interruptions,
  crisis,
  page,
  limits,
  errors,
  answers,
  meetings,
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? string[]
      : { [K in keyof T]: Widen<T[K]> };

/** The shape every language module must fill. */
export type Strings = Widen<typeof en>;
