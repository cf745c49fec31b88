/**
 * The titles of code actions (quick fixes and source actions), in the notice's language: the
 * user reads them in the light-bulb menu next to the notice's own words.
 */
import type { Lang } from './types';

export interface ActionTexts {
  /** Inserts a drafted clause for a missing item; {title} is the item's title from the language table. */
  readonly insertClause: string;
  /** The source action that inserts every missing item at once. */
  readonly addAllMissing: string;
  /** Replaces an outdated name; {replacement} is what the table says to write instead. */
  readonly replaceWith: string;
  /** Replaces a sentence (vague retention, implied consent) with a compliant wording. */
  readonly rewriteSentence: string;
  /** Inserts a disable-next-line comment before the block of a problem in the text. */
  readonly ignoreHere: string;
  /** Inserts a document-wide disable comment for a missing item; {title} as above. */
  readonly ignoreInNotice: string;
  /** Asks the editor to set the check's severity to "off" in the workspace settings; {id} is the check id. */
  readonly turnOff: string;
}

export const ACTION_TEXTS: Readonly<Record<Lang, ActionTexts>> = {
  en: {
    insertClause: 'Insert a clause: {title}',
    addAllMissing: 'Add all missing GDPR sections',
    replaceWith: 'Replace with "{replacement}"',
    rewriteSentence: 'Rewrite this sentence in a compliant wording',
    ignoreHere: 'Ignore this finding here',
    ignoreInNotice: 'Ignore "{title}" in this notice',
    turnOff: 'Turn off the check "{id}" in this workspace',
  },
  nl: {
    insertClause: 'Bepaling invoegen: {title}',
    addAllMissing: 'Alle ontbrekende AVG-onderdelen toevoegen',
    replaceWith: 'Vervangen door "{replacement}"',
    rewriteSentence: 'Deze zin herschrijven in een formulering die aan de AVG voldoet',
    ignoreHere: 'Deze melding hier negeren',
    ignoreInNotice: '"{title}" in deze privacyverklaring negeren',
    turnOff: 'De controle "{id}" uitzetten in deze werkruimte',
  },
  de: {
    insertClause: 'Klausel einfügen: {title}',
    addAllMissing: 'Alle fehlenden DSGVO-Abschnitte hinzufügen',
    replaceWith: 'Durch „{replacement}“ ersetzen',
    rewriteSentence: 'Diesen Satz DSGVO-konform umformulieren',
    ignoreHere: 'Diesen Hinweis hier ignorieren',
    ignoreInNotice: '„{title}“ in dieser Datenschutzerklärung ignorieren',
    turnOff: 'Die Prüfung „{id}“ in diesem Arbeitsbereich ausschalten',
  },
  fr: {
    insertClause: 'Insérer une clause : {title}',
    addAllMissing: 'Ajouter toutes les rubriques exigées par le RGPD qui manquent',
    replaceWith: 'Remplacer par « {replacement} »',
    rewriteSentence: 'Reformuler cette phrase conformément au RGPD',
    ignoreHere: 'Ignorer ce signalement ici',
    ignoreInNotice: 'Ignorer « {title} » dans cette politique de confidentialité',
    turnOff: 'Désactiver le contrôle « {id} » dans cet espace de travail',
  },
};

/** Fills {placeholders} of an action title. */
export function actionTitle(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
