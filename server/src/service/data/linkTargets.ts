/**
 * Bodies a notice names that a document link can open: the supervisory authorities of
 * data/authorities.ts, found by the names notices write them with, and the EU bodies a notice
 * may cite. Official names are recognised in a notice of any language (a Dutch notice writes
 * "Information Commissioner's Office" as an English one does), so this table is language-neutral;
 * the website opened is the authority's page in the notice's language where it has one.
 *
 * Cues follow data/types.ts (case-insensitive, whitespace-tolerant, word-bounded). Acronyms
 * that are also common words or other bodies' names ("AP", "DSB") are left out on purpose.
 */
import type { AuthorityId } from './authorities';

export interface LinkTarget {
  /** The authority of data/authorities.ts whose website opens; or `url` for a body that is not a supervisory authority. */
  readonly authority?: AuthorityId;
  readonly url?: string;
  /** How notices name it. */
  readonly cues: readonly string[];
}

export const LINK_TARGETS: readonly LinkTarget[] = [
  { authority: 'nl', cues: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'] },
  { authority: 'be', cues: ['Gegevensbeschermingsautoriteit', 'Autorité de protection des données', 'Belgian Data Protection Authority'] },
  { authority: 'uk', cues: ["Information Commissioner'?s Office", 'ICO'] },
  { authority: 'de', cues: ['Bundesbeauftragte[rn]? für den Datenschutz und die Informationsfreiheit', 'BfDI'] },
  { authority: 'fr', cues: ["Commission nationale de l'informatique et des libertés", 'CNIL'] },
  { authority: 'at', cues: ['Österreichische Datenschutzbehörde'] },
  /** The European Data Protection Board (Art. 68), whose guidelines notices cite. */
  { url: 'https://www.edpb.europa.eu', cues: ['European Data Protection Board', 'Europees Comité voor gegevensbescherming', 'EDPB'] },
  /** The European Data Protection Supervisor, the authority for the EU's own institutions. */
  { url: 'https://www.edps.europa.eu', cues: ['European Data Protection Supervisor', 'Europese Toezichthouder voor gegevensbescherming', 'EDPS'] },
];
