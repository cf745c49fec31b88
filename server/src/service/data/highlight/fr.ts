/** French phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const fr: HighlightTable = {
  rights: ["droit d'introduire une réclamation", 'droit de (porter plainte|saisir la CNIL)', 'droit de (définir|donner) des directives'],
};
