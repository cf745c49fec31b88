/**
 * A bold line directly over its text ("**Vos droits**" and, on the next line, what they are) is
 * the heading of that text, as a reader sees it, though CommonMark renders the two as one
 * paragraph: a right described under it is in a section about rights, and an item the notice
 * leaves out is reported on the heading of the section it belongs in.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

const cases: readonly [Case, 'en' | 'fr' | 'de'][] = [
  [
    {
      name: 'Under "**How long?**" directly over its text, "Two years after your last order." is a retention period',
      id: 'retention',
      expected: 'present',
      text: joinLines('# Privacy notice', '', 'This page explains what we do with your data and why.', '', '**How long?**', 'Two years after your last order.'),
    },
    'en',
  ],
  [
    {
      name: 'Sous « **Combien de temps ?** » collé à son texte, « Deux ans après votre dernière commande » est une durée de conservation',
      id: 'retention',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', 'Cette page vous explique ce que nous faisons de vos données et pourquoi.', '', '**Combien de temps ?**', 'Deux ans après votre dernière commande.'),
    },
    'fr',
  ],
  [
    {
      name: 'Unter „**Wie lange?**“ direkt über dem Text ist „Zwei Jahre nach Ihrer letzten Bestellung“ eine Speicherdauer',
      id: 'retention',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', 'Hier erfahren Sie, was wir mit Ihren Daten machen und warum.', '', '**Wie lange?**', 'Zwei Jahre nach Ihrer letzten Bestellung.'),
    },
    'de',
  ],
  [
    {
      name: 'A sentence in bold over the same text is no heading: "Two years after your last order" says nothing of keeping there',
      id: 'retention',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', 'This page explains what we do with your data and why.', '', '**We care about your privacy.**', 'Two years after your last order.'),
    },
    'en',
  ],
];

describe('Bold headings directly over their text', () => {
  for (const [c, lang] of cases) runCases(lang, [c]);

  it('reports a missing right on the heading of the rights section, not on the title', () => {
    const text = joinLines(
      '# Privacy notice',
      '',
      'This page explains what we do with your data and why.',
      '',
      '**Your rights**',
      'You can ask us to see your data or to correct it.',
    );
    const a = analyze(text, 'en');
    assert.equal(statusOf(a, 'right-erasure'), 'missing');
    const finding = a.findings.find((f) => f.id === 'right-erasure')!;
    assert.equal(text.slice(finding.range.start, finding.range.end), 'Your rights');
  });
});

describe('A Markdown notice without "#" headings and with a bold heading', () => {
  const names = (text: string): string[] => {
    const flat = (list: readonly DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...flat(s.children ?? [])]);
    return flat(createPolicyService().getDocumentSymbols(TextDocument.create('file:///notice.md', 'markdown', 1, text), { ...DEFAULT_SETTINGS, documents: 'all' }, { force: true }) ?? []);
  };
  const BODY = [
    '',
    'Example Ltd, 1 High Street, London, is the controller. You can reach us at info@example.com.',
    '',
    '2. What we collect',
    '',
    'We collect your name and email address when you order.',
    '',
    '3. Your rights',
    '',
    'You may ask us for a copy of your data, to correct it or to delete it.',
    '',
  ];
  it('keeps its title line and numbered headings in the outline beside the bold one', () => {
    const text = joinLines('Privacy notice of Example Ltd', '', '1. Who we are', ...BODY, '**Cookies**', 'We use only the cookies that the shop needs to work.');
    assert.deepEqual(names(text), ['Privacy notice of Example Ltd', '1. Who we are', '2. What we collect', '3. Your rights', 'Cookies']);
  });
  it('keeps its plain heading lines too', () => {
    const text = joinLines('Privacy notice', '', 'Who we are', 'Example Ltd, 1 High Street, London, is the controller. You can reach us at info@example.com.', '', 'Your rights', 'You may ask us for a copy of your data, to correct it or to delete it.', '', '**A note on cookies**', '', 'We use only the cookies that the shop needs to work.');
    assert.deepEqual(names(text), ['Privacy notice', 'Who we are', 'Your rights', 'A note on cookies']);
  });
  it('with a "#" heading, reads Markdown only: a numbered line is a list item, not a heading', () => {
    const text = joinLines('# Privacy notice of Example Ltd', '', '1. Who we are', ...BODY, '**Cookies**', 'We use only the cookies that the shop needs to work.');
    assert.deepEqual(names(text), ['Privacy notice of Example Ltd', 'Cookies']);
  });
});
