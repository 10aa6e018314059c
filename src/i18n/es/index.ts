import type { Strings } from '../en';
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

/** Todas las frases en español que lee una persona. Misma forma que en/. */
export const es: Strings = {
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
