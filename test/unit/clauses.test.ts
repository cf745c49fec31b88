/** The clause tables and drafting: one clause per missing item in every language, facts filled in, and clauses that satisfy the check they answer. */
import * as assert from 'node:assert/strict';
import { analyzeDocument, type Analysis } from '../../server/src/service/analysis';
import { CATALOGUE, RULE_IDS } from '../../server/src/service/catalogue';
import { clauseCatalogue, draftClause, renderEntryText, renderSnippet, rewriteFor, type Clause } from '../../server/src/service/clauses';
import { CLAUSES, MISSING_IDS, type MissingId } from '../../server/src/service/data/clauses';
import type { Lang } from '../../server/src/service/data/types';
import { joinLines } from './helpers';

const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'fr'];

/** The snippet prefix of each language: the regulation's short name in it. */
const PREFIX: Readonly<Record<string, RegExp>> = { en: /^gdpr-[a-z-]+$/, nl: /^avg-[a-z-]+$/, de: /^dsgvo-[a-z-]+$/, fr: /^rgpd-[a-z-]+$/ };
const CONTROLLER: Readonly<Record<string, string>> = { en: 'Acme Ltd', nl: 'Acme B.V.', de: 'Acme GmbH', fr: 'Acme SAS' };
const DATE: Readonly<Record<string, string>> = { en: '1 March 2025', nl: '1 maart 2025', de: '1. März 2025', fr: '1er mars 2025' };

/** The texts of a drafted clause, title first. */
const textsOf = (c: Clause): string[] => [c.title, c.item, ...c.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items))];

/** Square brackets pair up and do not nest: every placeholder is closed. */
function assertBalanced(text: string, where: string): void {
  let depth = 0;
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    assert.ok(depth >= 0 && depth <= 1, `unbalanced placeholder brackets in ${where}: ${text}`);
  }
  assert.equal(depth, 0, `unclosed placeholder in ${where}: ${text}`);
}

const toMarkdown = (c: Clause): string =>
  [`## ${c.title}`, ...c.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n')))].join('\n\n');

/** A short notice per language that lacks most items, with sentences that make each conditional item required. */
const BASE: Readonly<Partial<Record<Lang, { readonly head: string; readonly triggers: Readonly<Partial<Record<MissingId, string>>> }>>> = {
  en: {
    head: joinLines('# Privacy notice', '', 'This privacy notice explains how we handle personal data.', ''),
    triggers: {
      'right-withdraw-consent': 'We send you our newsletter on the basis of your consent.',
      'legitimate-interests': 'We also rely on our legitimate interests.',
      'transfer-safeguards': 'Our hosting provider stores your personal data in the United States.',
      'dpo-contact': 'We have appointed a data protection officer.',
      'data-sources': 'We also obtain personal data about you from third parties.',
      cookies: 'We use Google Analytics to measure visits to our website.',
    },
  },
  nl: {
    head: joinLines('# Privacyverklaring', '', 'In deze privacyverklaring leggen wij uit hoe wij met persoonsgegevens omgaan.', ''),
    triggers: {
      'right-withdraw-consent': 'Wij sturen u onze nieuwsbrief op basis van uw toestemming.',
      'legitimate-interests': 'Daarnaast verwerken wij gegevens op grond van ons gerechtvaardigd belang.',
      'transfer-safeguards': 'Onze hostingpartij slaat uw persoonsgegevens op in de Verenigde Staten.',
      'dpo-contact': 'Wij hebben een functionaris voor gegevensbescherming aangesteld.',
      'data-sources': 'Wij ontvangen ook persoonsgegevens over u van derden.',
      cookies: 'Wij gebruiken Google Analytics om het bezoek aan onze website te meten.',
    },
  },
  de: {
    head: joinLines('# Datenschutzerklärung', '', 'In dieser Datenschutzerklärung erläutern wir, wie wir mit personenbezogenen Daten umgehen.', ''),
    triggers: {
      'right-withdraw-consent': 'Unseren Newsletter senden wir Ihnen auf Grundlage Ihrer Einwilligung.',
      'legitimate-interests': 'Außerdem verarbeiten wir Daten auf Grundlage unserer berechtigten Interessen.',
      'transfer-safeguards': 'Unser Hosting-Anbieter speichert Ihre personenbezogenen Daten in den USA.',
      'dpo-contact': 'Wir haben einen Datenschutzbeauftragten benannt.',
      'data-sources': 'Personenbezogene Daten über Sie erhalten wir auch von Dritten.',
      cookies: 'Wir verwenden Google Analytics, um die Besuche auf unserer Website zu messen.',
    },
  },
  fr: {
    head: joinLines('# Politique de confidentialité', '', 'La présente politique explique comment nous traitons les données personnelles.', ''),
    triggers: {
      'right-withdraw-consent': 'Nous vous envoyons notre lettre d\'information sur la base de votre consentement.',
      'legitimate-interests': 'Nous traitons également des données sur le fondement de nos intérêts légitimes.',
      'transfer-safeguards': 'Notre hébergeur conserve vos données personnelles aux États-Unis.',
      'dpo-contact': 'Nous avons désigné un délégué à la protection des données.',
      'data-sources': 'Nous recevons également des données personnelles vous concernant de la part de tiers.',
      cookies: 'Nous utilisons Google Analytics pour mesurer la fréquentation de notre site.',
    },
  },
};

const statusOf = (a: Analysis, id: string) => a.findings.find((f) => f.id === id && !f.hintOnly)?.status;
const problems = (a: Analysis) => new Set(a.findings.filter((f) => (f.status === 'missing' && !f.hintOnly) || f.status === 'problem').map((f) => f.id));

describe('Clause tables', function () {
  it('cover exactly the completeness items of the catalogue', function () {
    const completeness = RULE_IDS.filter((id) => CATALOGUE[id].kind !== 'quality');
    assert.deepEqual([...MISSING_IDS].sort(), [...completeness].sort());
  });

  for (const lang of LANGS) {
    it(`have a clause with a title, a body and an item for every missing-item id in ${lang}`, function () {
      for (const id of MISSING_IDS) {
        const c = draftClause(lang, id, {});
        assert.ok(c, `${lang} has no clause for ${id}`);
        assert.ok(c.title.trim() && c.item.trim() && c.blocks.length, `${lang} ${id} is incomplete`);
      }
    });

    it(`leave no {slot} unresolved and close every placeholder, in clauses, rewrites, snippets and plain text (${lang})`, function () {
      for (const facts of [{}, { controller: 'Acme B.V.', contact: 'privacy@acme.example', authority: 'be' as const, date: '1 March 2025' }]) {
        for (const id of MISSING_IDS) {
          for (const t of textsOf(draftClause(lang, id, facts)!)) {
            assert.doesNotMatch(t, /\{\w+\}/, `${lang} ${id}: ${t}`);
            assertBalanced(t, `${lang} ${id}`);
          }
        }
        for (const id of ['implied-consent', 'vague-retention'] as const) {
          const t = rewriteFor(lang, id, facts)!;
          assert.doesNotMatch(t, /\{\w+\}/);
          assertBalanced(t, `${lang} rewrite ${id}`);
        }
        for (const entry of clauseCatalogue(lang)) {
          for (const format of ['markdown', 'plaintext'] as const) {
            const text = renderEntryText(lang, entry, facts, { format, form: 'section' });
            assert.doesNotMatch(text, /\{\w+\}/, `${lang} ${entry.key}`);
            for (const line of text.split('\n')) assertBalanced(line, `${lang} ${entry.key}`);
            const snippet = renderSnippet(lang, entry, facts, { format, form: 'section' });
            assert.doesNotMatch(snippet.replace(/\$\{\d+[:|]/g, ''), /(?<!\\)\{\w+\}/, `${lang} ${entry.key} snippet`);
          }
        }
      }
    });

    it(`give every catalogue clause a unique key and snippet prefix (${lang})`, function () {
      const entries = clauseCatalogue(lang);
      assert.equal(new Set(entries.map((e) => e.key)).size, entries.length);
      assert.equal(new Set(entries.map((e) => e.prefix)).size, entries.length);
      for (const e of entries) assert.match(e.prefix, PREFIX[lang]!);
    });

    for (const id of MISSING_IDS) {
      it(`make "${id}" present when its clause is added to a ${lang} notice that lacks it, without a new problem`, function () {
        const trigger = BASE[lang]!.triggers[id];
        const before = `${BASE[lang]!.head}${trigger ? `\n${trigger}\n` : ''}`;
        const a0 = analyzeDocument(before, { language: lang, format: 'markdown' });
        assert.equal(statusOf(a0, id), 'missing', `the fixture should lack ${id}`);
        const clause = draftClause(lang, id, { controller: CONTROLLER[lang]!, date: DATE[lang]! })!;
        const a1 = analyzeDocument(`${before}\n${toMarkdown(clause)}\n`, { language: lang, format: 'markdown' });
        assert.equal(statusOf(a1, id), 'present', toMarkdown(clause));
        const added = [...problems(a1)].filter((p) => !problems(a0).has(p));
        assert.deepEqual(added, [], `the clause for ${id} raised ${added.join(', ')}`);
      });
    }

    for (const id of MISSING_IDS) {
      it(`make "${id}" present when its one-sentence form is added to a ${lang} notice that lacks it (as a quick fix does inside an existing section)`, function () {
        const trigger = BASE[lang]!.triggers[id];
        const before = `${BASE[lang]!.head}${trigger ? `\n${trigger}\n` : ''}`;
        const clause = draftClause(lang, id, { controller: CONTROLLER[lang]!, date: DATE[lang]! })!;
        const a1 = analyzeDocument(`${before}\n${clause.item}\n`, { language: lang, format: 'markdown' });
        assert.equal(statusOf(a1, id), 'present', clause.item);
      });
    }

    it(`rewrites implied consent and a vague retention period into wording the checks accept (${lang})`, function () {
      const FLAGGED: Readonly<Record<string, Record<'implied-consent' | 'vague-retention', string>>> = {
        en: { 'implied-consent': 'By continuing to use this website, you consent to our use of cookies.', 'vague-retention': 'We keep your personal data for as long as necessary.' },
        nl: { 'implied-consent': 'Door verder te surfen op deze website gaat u akkoord met het gebruik van cookies.', 'vague-retention': 'Wij bewaren uw gegevens niet langer dan noodzakelijk.' },
        de: { 'implied-consent': 'Durch die weitere Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden.', 'vague-retention': 'Wir speichern Ihre Daten so lange wie nötig.' },
        fr: { 'implied-consent': 'En poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies.', 'vague-retention': 'Nous conservons vos données aussi longtemps que nécessaire.' },
      };
      const flagged = FLAGGED[lang]!;
      for (const id of ['implied-consent', 'vague-retention'] as const) {
        const doc = (s: string) => analyzeDocument(`${BASE[lang]!.head}\n## Cookies\n\n${s}\n`, { language: lang, format: 'markdown' });
        assert.equal(statusOf(doc(flagged[id]), id), 'problem', `the fixture should be flagged as ${id}`);
        assert.notEqual(statusOf(doc(rewriteFor(lang, id, {})!), id), 'problem', rewriteFor(lang, id, {}));
      }
    });
  }

  it('fills in the controller, the contact and the date the notice gives, and leaves placeholders where it does not', function () {
    const filled = draftClause('en', 'controller-identity', { controller: 'Dom Cycles B.V.', contact: 'privacy@domcycles.example' })!;
    assert.equal(filled.item, 'Dom Cycles B.V. is the controller responsible for the processing of your personal data; you can contact us at privacy@domcycles.example.');
    const empty = draftClause('nl', 'controller-identity', {})!;
    assert.equal(empty.item, '[naam van de organisatie] is de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens; u bereikt ons via [e-mailadres of postadres].');
    assert.equal(draftClause('nl', 'last-updated', { date: '1 maart 2025' })!.item, 'Deze privacyverklaring is voor het laatst gewijzigd op 1 maart 2025.');
    assert.equal(draftClause('en', 'last-updated', {})!.item, 'This privacy notice was last updated on [date].');
  });

  it('names the supervisory authority of the notice’s jurisdiction in the complaint clause', function () {
    assert.match(draftClause('nl', 'right-complaint', { authority: 'nl' })!.item, /Onze toezichthouder is de Autoriteit Persoonsgegevens; op https:\/\/www\.autoriteitpersoonsgegevens\.nl leest u/);
    assert.match(draftClause('nl', 'right-complaint', { authority: 'be' })!.item, /de Gegevensbeschermingsautoriteit; op https:\/\/www\.gegevensbeschermingsautoriteit\.be/);
    assert.match(draftClause('en', 'right-complaint', { authority: 'uk' })!.item, /Information Commissioner's Office \(ICO\).*https:\/\/ico\.org\.uk/);
    assert.match(draftClause('en', 'right-complaint', {})!.item, /EU Member State where you live or work.*edpb\.europa\.eu/);
    assert.match(draftClause('nl', 'right-complaint', {})!.item, /Autoriteit Persoonsgegevens/, 'a Dutch notice that names no authority is taken to be Dutch');
  });

  it('offers choices as a bracketed placeholder in a drafted clause', function () {
    assert.match(draftClause('en', 'automated-decisions', {})!.item, /^We \[do not make \/ make\] decisions about you based solely on automated processing/);
  });

  it('has no clause for a language without a table, or for a quality check', function () {
    assert.equal(draftClause('it', 'right-access', {}), undefined);
    assert.equal(draftClause('en', 'outdated-reference', {}), undefined);
    assert.equal(draftClause('en', 'toString', {}), undefined);
    assert.deepEqual(clauseCatalogue('it'), []);
    assert.equal(rewriteFor('unknown', 'vague-retention', {}), undefined);
  });

  it('is keyed by language in one table per language', function () {
    for (const lang of LANGS) assert.equal(CLAUSES[lang]!.lang, lang);
  });
});
