/**
 * Negation around the verb: French puts "ne" before the verb and "pas", "jamais", "plus" after it
 * ("Nous n'effaçons jamais vos factures"), so a cue that starts at the verb has its negation after
 * it. "ne … que" restricts and does not deny ("nous ne conservons vos données que pendant trois
 * ans"). German and Dutch "nicht", "niet" after a mention mostly negate another verb or limit a
 * right's scope, and stay unread there. "ne … plus" denies a whole sentence too ("Nous ne
 * transférons plus vos données hors de l'UE"), though "plus" alone denies nothing.
 */
import * as assert from 'node:assert/strict';
import { firstWords } from '../../server/src/service/context';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

const fr = (...lines: string[]): string =>
  joinLines('# Politique de confidentialité', '', 'Cette page vous explique ce que nous faisons de vos données et pourquoi.', ...lines);
/** A French notice with a rights section holding the given lines, and the other rights named. */
const frRights = (...lines: string[]): string =>
  fr('', '## Vos droits', '', 'Vous disposez d’un droit d’accès, de rectification, de limitation, d’opposition et à la portabilité.', ...lines);
/** A French notice relying on consent for its newsletter. */
const frConsent = (...lines: string[]): string =>
  fr('', 'Nous vous envoyons notre lettre d’information sur la base de votre consentement.', ...lines);

const cases: Case[] = [
  {
    name: '« Nous n’effaçons jamais vos factures » dans la section des droits ne dit pas le droit à l’effacement',
    id: 'right-erasure',
    expected: 'missing',
    text: frRights('Nous n’effaçons jamais vos factures.'),
  },
  {
    name: '« Nous ne supprimons pas les factures, que la loi nous oblige à garder » ne dit pas le droit à l’effacement',
    id: 'right-erasure',
    expected: 'missing',
    text: frRights('Nous ne supprimons pas les factures, que la loi nous oblige à garder.'),
  },
  {
    name: '« Vous pouvez nous demander d’effacer vos données » dit le droit à l’effacement',
    id: 'right-erasure',
    expected: 'present',
    text: frRights('Vous pouvez nous demander d’effacer vos données.'),
  },
  {
    name: '« Nous n’effaçons vos données que sur votre demande » (ne … que) dit le droit à l’effacement',
    id: 'right-erasure',
    expected: 'present',
    text: frRights('Nous n’effaçons vos données que sur votre demande.'),
  },
  {
    name: '« Nous ne supprimons jamais vos données sauf si vous le demandez » dit le droit à l’effacement',
    id: 'right-erasure',
    expected: 'present',
    text: frRights('Nous ne supprimons jamais vos données sauf si vous le demandez.'),
  },
  {
    name: '« Les données qui ne sont plus nécessaires sont supprimées » : le « ne … plus » nie « nécessaires », pas la suppression',
    id: 'right-erasure',
    expected: 'present',
    text: frRights('Les données qui ne sont plus nécessaires sont supprimées.'),
  },
  {
    name: '« Vous ne pouvez plus retirer votre consentement » ne dit pas que le consentement se retire',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: frConsent('Une fois la lettre envoyée, vous ne pouvez plus retirer votre consentement.'),
  },
  {
    name: '« Vous ne pourrez retirer votre consentement que par écrit » dit comment le retirer',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: frConsent('Vous ne pourrez retirer votre consentement que par courrier.'),
  },
  {
    name: '« Vous pouvez retirer votre consentement, nous ne vous demandons pas de motif » dit que le consentement se retire',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: frConsent('Vous pouvez retirer votre consentement à tout moment, nous ne vous demandons pas de motif.'),
  },
  {
    name: '« Votre consentement n’est pas nécessaire pour l’envoi de la facture » ne fonde rien sur le consentement : son retrait est sans objet',
    id: 'right-withdraw-consent',
    expected: 'not-applicable',
    text: fr('Votre consentement n’est pas nécessaire pour l’envoi de la facture.'),
  },
  {
    name: '« Votre consentement n’est pas nécessaire pour la facture, sauf pour la lettre d’information » fonde la lettre sur le consentement',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: fr('Votre consentement n’est pas nécessaire pour la facture, sauf pour la lettre d’information.'),
  },
  {
    name: '« Le retrait de votre consentement ne compromet pas la licéité du traitement antérieur » dit que le consentement se retire',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: frConsent('Le retrait de votre consentement ne compromet pas la licéité du traitement effectué avant ce retrait.'),
  },
  {
    name: '« Le droit à la portabilité ne s’applique pas aux traitements d’intérêt public » limite le droit et le dit encore',
    id: 'right-portability',
    expected: 'present',
    text: fr('', '## Vos droits', '', 'Le droit à la portabilité ne s’applique pas aux traitements nécessaires à une mission d’intérêt public.'),
  },
  {
    name: '« Nous ne transférons plus vos données hors de l’Union européenne » : aucun transfert, pas de garanties à donner',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: fr('Nous ne transférons plus vos données hors de l’Union européenne.'),
  },
  {
    name: '« Nous ne transférons vos données hors de l’Union européenne que pour l’hébergement » (ne … que) est un transfert sans garanties',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: fr('Nous ne transférons vos données hors de l’Union européenne que pour l’hébergement du site.'),
  },
  {
    name: '« plus précisément » sans « ne » ne nie rien : le transfert hors de l’Union européenne demande ses garanties',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: fr('Nous transférons vos données hors de l’Union européenne, plus précisément aux États-Unis.'),
  },
  {
    name: '« Nous ne conservons vos données que pendant trois ans » (ne … que) donne une durée de conservation',
    id: 'retention',
    expected: 'present',
    text: fr('Nous ne conservons vos données que pendant trois ans.'),
  },
  {
    name: '« Nous ne conservons pas vos données au-delà de trois ans » donne une durée de conservation',
    id: 'retention',
    expected: 'present',
    text: fr('Nous ne conservons pas vos données au-delà de trois ans.'),
  },
];

const deRights = (...lines: string[]): string =>
  joinLines('# Datenschutzerklärung', '', 'Hier erfahren Sie, was wir mit Ihren Daten machen und warum.', '', '## Ihre Rechte', '', ...lines);
const nlConsent = (...lines: string[]): string =>
  joinLines('# Privacyverklaring', '', 'Hier leest u wat wij met uw gegevens doen en waarom.', '', 'Wij sturen u onze nieuwsbrief op basis van uw toestemming.', ...lines);

/** Near misses: a "nicht", "niet" after the mention that is no denial of it. */
const germanic: readonly [Case, 'de' | 'nl'][] = [
  [
    {
      name: '„Das Recht auf Datenübertragbarkeit gilt nicht für …“ limits the right and still states it',
      id: 'right-portability',
      expected: 'present',
      text: deRights('Das Recht auf Datenübertragbarkeit gilt nicht für Verarbeitungen im öffentlichen Interesse.'),
    },
    'de',
  ],
  [
    {
      name: '"Het intrekken van uw toestemming heeft geen terugwerkende kracht" still says consent can be withdrawn',
      id: 'right-withdraw-consent',
      expected: 'present',
      text: nlConsent('Het intrekken van uw toestemming heeft geen terugwerkende kracht.'),
    },
    'nl',
  ],
];

describe('Negation around the verb', () => {
  runCases('fr', cases);
  for (const [c, lang] of germanic) {
    it(c.name, () => assert.equal(statusOf(analyze(c.text, lang), c.id), c.expected));
  }

  it('reads the first words of a clause after a mention', () => {
    const text = 'effaçons jamais vos anciennes factures, sauf demande';
    assert.equal(firstWords(text, 8, text.length, 4), 'jamais vos anciennes factures');
    assert.equal(firstWords(text, 8, text.length, 2), 'jamais vos');
    assert.equal(firstWords(', rien', 0, 6, 4), '');
  });
});
