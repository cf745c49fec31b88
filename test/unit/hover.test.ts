/**
 * Hovers through the service, as an editor gets them: on legal bases, rights, article
 * references and headings, in English and Dutch, with exact ranges and the notice's own status.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import { createPolicyService, settingsFromUnknown, type Settings } from '../../server/src/service/index';
import { joinLines } from './helpers';

let counter = 0;
function doc(text: string, languageId: 'markdown' | 'plaintext' = 'markdown'): TextDocument {
  counter++;
  return TextDocument.create(`file:///notices/h${counter}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
}

function settings(value: unknown = {}): Settings {
  return settingsFromUnknown(value).settings;
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, shift = 0, nth = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `the fixture has no ${JSON.stringify(needle)} (occurrence ${i + 1})`);
  }
  return TextDocument.create('file:///x', 'markdown', 1, text).positionAt(index + shift);
}

function hover(text: string, needle: string, options: { shift?: number; nth?: number; settings?: unknown; force?: boolean; languageId?: 'markdown' | 'plaintext' } = {}): Hover | null {
  const d = doc(text, options.languageId);
  return createPolicyService().getHover(d, settings(options.settings), at(text, needle, options.shift ?? 1, options.nth), { force: options.force });
}

function markdown(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  const c = h.contents;
  assert.ok(typeof c === 'object' && 'kind' in c, 'hover contents should be MarkupContent');
  assert.equal(c.kind, 'markdown');
  return c.value;
}

/** The text a hover's range covers. */
function covered(text: string, h: Hover | null): string {
  assert.ok(h?.range, 'expected a hover with a range');
  const d = TextDocument.create('file:///x', 'markdown', 1, text);
  return text.slice(d.offsetAt(h.range.start), d.offsetAt(h.range.end));
}

const EN = joinLines(
  '# Privacy Policy',
  '',
  'Acme Ltd, 1 High Street, London (privacy@acme.example), is the controller of your personal data.',
  '',
  '## How we use your data',
  '',
  'We send you our newsletter on the basis of your consent (Art. 6(1)(a) GDPR).',
  'We process your order data because it is necessary for the performance of a contract with you.',
  'We keep server logs on the basis of our legitimate interests in keeping the service secure.',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification and the right to erasure.',
  'You may also ask us to restrict processing, and you have the right to data portability.',
  'You may lodge a complaint with the Information Commissioner\'s Office.',
  '',
);

const WITHDRAW = 'You can withdraw your consent at any time by clicking the link in every newsletter.';
const EN_WITH_WITHDRAW = EN.replace('You may lodge', `${WITHDRAW}\nYou may lodge`);

const NL = joinLines(
  '# Privacyverklaring',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam (privacy@acme.example), is verwerkingsverantwoordelijke voor uw persoonsgegevens.',
  '',
  '## Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij sturen u onze nieuwsbrief op basis van uw toestemming (artikel 6, eerste lid, onder a, AVG).',
  'Wij verwerken uw bestelgegevens omdat dat noodzakelijk is voor de uitvoering van de overeenkomst met u.',
  'Wij bewaren serverlogs op grond van ons gerechtvaardigd belang bij een veilige dienst (art. 6 lid 1 sub f AVG).',
  '',
  '## Uw rechten',
  '',
  'U heeft recht op inzage, recht op rectificatie en recht op vergetelheid.',
  'U kunt ons ook vragen de verwerking te beperken, en u heeft recht op dataportabiliteit.',
  'Zie ook art. 21 lid 2 AVG.',
  'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
  '',
);

const NL_WITHDRAW = 'U kunt uw toestemming altijd intrekken via de link in elke nieuwsbrief.';
const NL_WITH_WITHDRAW = NL.replace('U kunt een klacht', `${NL_WITHDRAW}\nU kunt een klacht`);

describe('hovers', () => {
  describe('on a legal basis', () => {
    it('names the ground of Art. 6(1), what it requires and its EUR-Lex article in English', () => {
      const h = hover(EN, 'consent (Art.');
      assert.equal(covered(EN, h), 'on the basis of your consent');
      const md = markdown(h);
      assert.match(md, /^\*\*Consent\*\* · Art\. 6\(1\)\(a\) GDPR/);
      assert.match(md, /freely given, specific, informed and unambiguous/);
      assert.match(md, /\[Art\. 6 GDPR on EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/legal-content\/EN\/TXT\/\?uri=CELEX:32016R0679#art_6\)/);
    });

    it('says the notice does not yet tell readers they can withdraw consent, and quotes the sentence once it does', () => {
      const before = markdown(hover(EN, 'consent (Art.'));
      assert.match(before, /consent can be withdrawn at any time.*Art\. 7\(3\).*— \*\*This notice\*\* does not say it yet\./);
      const after = markdown(hover(EN_WITH_WITHDRAW, 'consent (Art.'));
      assert.match(after, /— \*\*This notice\*\* says it: “You can withdraw your consent at any time by clicking the link in every newsletter\.” \(line 15\)\./);
    });

    it('asks for the interests and the right to object under legitimate interests, and tells whether the notice gives them', () => {
      const md = markdown(hover(EN, 'legitimate interests'));
      assert.match(md, /^\*\*Legitimate interests\*\* · Art\. 6\(1\)\(f\) GDPR/);
      assert.match(md, /which legitimate interests are pursued \(Art\. 13\(1\)\(d\), Art\. 14\(2\)\(b\)\) — \*\*This notice\*\* says it: “We keep server logs/);
      assert.match(md, /the right to object.*Art\. 21\(1\) and \(4\)\) — \*\*This notice\*\* does not say it yet\./);
    });

    it('explains performance of a contract and asks what happens if the reader does not provide the data', () => {
      const h = hover(EN, 'performance of a contract');
      assert.equal(covered(EN, h), 'performance of a contract');
      const md = markdown(h);
      assert.match(md, /^\*\*Performance of a contract\*\* · Art\. 6\(1\)\(b\) GDPR/);
      assert.match(md, /what happens if the person does not provide it \(Art\. 13\(2\)\(e\)\)/);
    });

    it('treats a reference to a point of Art. 6(1) as that ground', () => {
      const h = hover(EN, 'Art. 6(1)(a)');
      assert.equal(covered(EN, h), 'Art. 6(1)(a) GDPR');
      assert.match(markdown(h), /^\*\*Consent\*\* · Art\. 6\(1\)\(a\) GDPR/);
    });

    it('explains the legal basis as such and lists the grounds the notice relies on', () => {
      const text = EN.replace('## How we use your data', '## How we use your data and our legal basis');
      const md = markdown(hover(text, 'legal basis'));
      assert.match(md, /\*\*Legal basis\*\* · Art\. 6\(1\) GDPR/);
      assert.match(md, /\*\*Grounds this notice relies on:\*\* Consent \(Art\. 6\(1\)\(a\)\), Performance of a contract \(Art\. 6\(1\)\(b\)\), Legitimate interests \(Art\. 6\(1\)\(f\)\)/);
    });

    it('explains toestemming in Dutch, with the Dutch EUR-Lex text, and flips once the notice adds the withdrawal', () => {
      const h = hover(NL, 'toestemming (artikel');
      assert.equal(covered(NL, h), 'op basis van uw toestemming');
      const before = markdown(h);
      assert.match(before, /^\*\*Toestemming\*\* · art\. 6 lid 1 onder a AVG/);
      assert.match(before, /vrij, specifiek, geïnformeerd en ondubbelzinnig/);
      assert.match(before, /\*\*De privacyverklaring moet dan ook vermelden:\*\*/);
      assert.match(before, /art\. 7 lid 3, art\. 13 lid 2 onder c\) — \*\*Deze privacyverklaring\*\* vermeldt dit nog niet\./);
      assert.match(before, /\[art\. 6 AVG op EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/legal-content\/NL\/TXT\/\?uri=CELEX:32016R0679#art_6\)/);
      const after = markdown(hover(NL_WITH_WITHDRAW, 'toestemming (artikel'));
      assert.match(after, /— \*\*Deze privacyverklaring\*\* vermeldt dit: „U kunt uw toestemming altijd intrekken via de link in elke nieuwsbrief\.” \(regel 16\)\./);
    });

    it('explains gerechtvaardigd belang in Dutch with the interests and the right of objection', () => {
      const md = markdown(hover(NL, 'gerechtvaardigd belang'));
      assert.match(md, /^\*\*Gerechtvaardigd belang\*\* · art\. 6 lid 1 onder f AVG/);
      assert.match(md, /welke gerechtvaardigde belangen worden behartigd/);
      assert.match(md, /het recht van bezwaar.*\*\*Deze privacyverklaring\*\* vermeldt dit nog niet\./);
    });
  });

  describe('on a right', () => {
    it('gives the article, what the right gives, its limits and the one-month answer, and whether the notice names it', () => {
      const h = hover(EN, 'right to erasure');
      assert.equal(covered(EN, h), 'right to erasure');
      const md = markdown(h);
      assert.match(md, /^\*\*Right to erasure \(“right to be forgotten”\)\*\* · Art\. 17 GDPR/);
      assert.match(md, /\*\*Limits:\*\* It is not absolute\..*\(Art\. 17\(3\)\)/);
      assert.match(md, /\*\*How the controller must answer:\*\* Without undue delay and at the latest within one month.*two further months.*\(Art\. 12\(3\)\)/);
      assert.match(md, /\*\*This notice\*\* says it: “You have the right of access, the right to rectification and the right to erasure\.” \(line 13\)\./);
      assert.match(md, /#art_17\)$/);
    });

    it('limits portability to consent or contract and automated processing', () => {
      const md = markdown(hover(EN, 'data portability'));
      assert.match(md, /^\*\*Right to data portability\*\* · Art\. 20 GDPR/);
      assert.match(md, /Only where the processing is based on consent or on a contract and carried out by automated means/);
    });

    it('calls an objection to direct marketing absolute', () => {
      const text = EN.replace('You may lodge', 'You have the right to object to direct marketing.\nYou may lodge');
      const md = markdown(hover(text, 'right to object'));
      assert.match(md, /^\*\*Right to object\*\* · Art\. 21 GDPR/);
      assert.match(md, /Against direct marketing the objection is absolute \(Art\. 21\(3\)\)/);
    });

    it('explains withdrawal of consent on the withdrawal sentence', () => {
      const h = hover(EN_WITH_WITHDRAW, 'withdraw your consent');
      assert.equal(covered(EN_WITH_WITHDRAW, h), 'withdraw your consent');
      assert.match(markdown(h), /^\*\*Right to withdraw consent\*\* · Art\. 7\(3\) GDPR/);
    });

    it('explains the complaint on the authority a complaint goes to', () => {
      const h = hover(EN, "Information Commissioner's Office");
      assert.equal(covered(EN, h), "Information Commissioner's Office");
      assert.match(markdown(h), /^\*\*Right to lodge a complaint with a supervisory authority\*\* · Art\. 77 GDPR/);
    });

    it('explains a right described in plain words inside a rights section, but not the same word elsewhere', () => {
      const inside = EN.replace('You may lodge', 'You can also ask us to delete your account.\nYou may lodge');
      const h = hover(inside, 'delete');
      assert.equal(covered(inside, h), 'delete');
      assert.match(markdown(h), /^\*\*Right to erasure \(“right to be forgotten”\)\*\* · Art\. 17 GDPR/);
      const outside = EN.replace('We keep server logs', 'We delete server logs after 30 days, and keep other logs');
      assert.equal(hover(outside, 'delete'), null);
    });

    it('explains Dutch rights in Dutch, with the Dutch one-month rule', () => {
      const h = hover(NL, 'recht op vergetelheid');
      assert.equal(covered(NL, h), 'recht op vergetelheid');
      const md = markdown(h);
      assert.match(md, /^\*\*Recht op gegevenswissing \(„recht op vergetelheid”\)\*\* · art\. 17 AVG/);
      assert.match(md, /\*\*Grenzen:\*\* Het recht is niet absoluut\./);
      assert.match(md, /\*\*Hoe de verwerkingsverantwoordelijke moet reageren:\*\* Onverwijld en in ieder geval binnen een maand/);
      assert.match(md, /\*\*Deze privacyverklaring\*\* vermeldt dit: „U heeft recht op inzage/);
      const complaint = markdown(hover(NL, 'klacht indienen'));
      assert.match(complaint, /^\*\*Recht om een klacht in te dienen bij een toezichthoudende autoriteit\*\* · art\. 77 AVG/);
      assert.match(complaint, /in Nederland de Autoriteit Persoonsgegevens/);
    });
  });

  describe('on an article reference', () => {
    const text = joinLines(
      '# Privacy Policy',
      '',
      'This notice gives the information of Article 13 GDPR and Art. 13(2)(c) GDPR.',
      'See also Article 6 paragraph 1 point (f) of the GDPR, Articles 15 to 22 GDPR and Article 4(11) GDPR.',
      'Our legal basis is explained in Article 5 of our Terms.',
      '',
    );

    it('summarises the article with its official title', () => {
      const h = hover(text, 'Article 13');
      assert.equal(covered(text, h), 'Article 13 GDPR');
      const md = markdown(h);
      assert.match(md, /^\*\*Art\. 13 GDPR\*\* · Information to be provided where personal data are collected from the data subject/);
      assert.match(md, /#art_13\)$/);
    });

    it('quotes the point of a paragraph, then the article in brief', () => {
      const h = hover(text, 'Art. 13(2)(c)');
      assert.equal(covered(text, h), 'Art. 13(2)(c) GDPR');
      const md = markdown(h);
      assert.match(md, /^\*\*Art\. 13\(2\)\(c\) GDPR\*\* · Information to be provided/);
      assert.match(md, /the right to withdraw consent at any time, without affecting the lawfulness/);
      assert.doesNotMatch(md, /This notice/, 'the notice relies on no consent, so withdrawal does not apply');
    });

    it('tells, for a provision that is a checklist item, whether the notice gives it', () => {
      const rights = EN.replace('You may lodge', 'Article 21 GDPR and Art. 13(2)(b) GDPR apply.\nYou may lodge');
      assert.match(markdown(hover(rights, 'Article 21')), /\*\*This notice:\*\*\n\n- Right to object: does not say it yet\./);
      const listed = markdown(hover(rights, 'Art. 13(2)(b)'));
      assert.match(listed, /- Right of access: says it: “You have the right of access/);
      assert.match(listed, /- Right to object: does not say it yet\./);
    });

    it('reads the long form of a reference and a definition of Art. 4', () => {
      assert.equal(covered(text, hover(text, 'Article 6 paragraph')), 'Article 6 paragraph 1 point (f) of the GDPR');
      assert.match(markdown(hover(text, 'Article 6 paragraph')), /^\*\*Legitimate interests\*\*/);
      const definition = markdown(hover(text, 'Article 4(11)'));
      assert.match(definition, /^\*\*Art\. 4\(11\) GDPR\*\* · Definitions/);
      assert.match(definition, /“Consent” is any freely given/);
    });

    it('lists the titles of a range of articles', () => {
      const h = hover(text, 'Articles 15');
      assert.equal(covered(text, h), 'Articles 15 to 22 GDPR');
      const md = markdown(h);
      assert.match(md, /^\*\*Articles 15 to 22 GDPR\*\*/);
      assert.match(md, /- Art\. 20: Right to data portability/);
    });

    it('leaves an article of another document alone', () => {
      assert.equal(hover(text, 'Article 5 of our'), null);
    });

    it('reads Dutch references: lid and sub, ordinal paragraphs, and not the Civil Code', () => {
      const nl = joinLines(
        '# Privacyverklaring',
        '',
        'Deze verklaring geeft de informatie van artikel 13 AVG en art. 21 lid 2 AVG.',
        'Zie ook artikel 7:400 BW en art. 9 lid 2 onder a AVG.',
        '',
      );
      const h13 = hover(nl, 'artikel 13');
      assert.equal(covered(nl, h13), 'artikel 13 AVG');
      assert.match(markdown(h13), /^\*\*art\. 13 AVG\*\* · Te verstrekken informatie wanneer persoonsgegevens bij de betrokkene worden verzameld/);
      const h21 = hover(nl, 'art. 21');
      assert.equal(covered(nl, h21), 'art. 21 lid 2 AVG');
      assert.match(markdown(h21), /Worden gegevens verwerkt voor direct marketing, dan kan de betrokkene te allen tijde bezwaar maken/);
      assert.match(markdown(h21), /\[art\. 21 AVG op EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/legal-content\/NL\/TXT\/\?uri=CELEX:32016R0679#art_21\)/);
      assert.equal(hover(nl, 'artikel 7:400'), null);
      assert.match(markdown(hover(nl, 'art. 9 lid 2')), /^\*\*art\. 9 lid 2 onder a AVG\*\* · Verwerking van bijzondere categorieën van persoonsgegevens\n\nDe betrokkene heeft uitdrukkelijke toestemming gegeven/);
    });

    it('reads a Dutch ordinal paragraph as the ground it names', () => {
      const h = hover(NL, 'artikel 6, eerste');
      assert.equal(covered(NL, h), 'artikel 6, eerste lid, onder a, AVG');
      assert.match(markdown(h), /^\*\*Toestemming\*\* · art\. 6 lid 1 onder a AVG/);
      const f = hover(NL, 'art. 6 lid 1 sub f');
      assert.equal(covered(NL, f), 'art. 6 lid 1 sub f AVG');
      assert.match(markdown(f), /^\*\*Gerechtvaardigd belang\*\*/);
    });

    it('trusts only references that name the AVG in a notice that numbers its own articles', () => {
      const reglement = joinLines(
        '# Privacyreglement',
        '',
        '## Artikel 5 Bewaartermijnen',
        '',
        'Wij bewaren gegevens zeven jaar, zoals bedoeld in artikel 5 AVG; zie ook artikel 3 van dit reglement en artikel 2.',
        '',
      );
      assert.equal(hover(reglement, 'artikel 2'), null);
      assert.match(markdown(hover(reglement, 'artikel 5 AVG')), /^\*\*art\. 5 AVG\*\* · Beginselen inzake verwerking van persoonsgegevens/);
    });
  });

  describe('on a heading', () => {
    it('lists the items the section covers with their sentences, and those that belong there but are missing', () => {
      const h = hover(EN, 'Your rights', { shift: 3 });
      assert.equal(covered(EN, h), 'Your rights');
      const md = markdown(h);
      assert.match(md, /^\*\*Section “Your rights”\*\*/);
      assert.match(md, /\*\*This section covers:\*\*\n\n- Right of access: “You have the right of access, the right to rectification and the right to erasure\.” \(line 13\)/);
      assert.match(md, /- Right to complain to a supervisory authority: “You may lodge a complaint with the Information Commissioner's Office\.” \(line 15\)/);
      assert.match(md, /\*\*Belongs in this section but is missing:\*\*\n\n- Right to object \(Art\. 13\(2\)\(b\), Art\. 21\)/);
    });

    it('lists what its subsections cover, each under the subsection that does, on a heading whose own text covers nothing', () => {
      const text = joinLines(
        '# Privacy notice',
        '',
        'Acme B.V., Main Street 1, Amsterdam, is the controller. Contact us at privacy@acme.example.',
        '',
        '## Your rights',
        '',
        '### Requests',
        '',
        'You have the right of access to your personal data.',
        '',
        '### Complaints',
        '',
        'You may lodge a complaint with the Information Commissioner.',
        '',
      );
      const md = markdown(hover(text, 'Your rights', { shift: 3 }));
      assert.doesNotMatch(md, /No item of the GDPR checklist was found/);
      assert.doesNotMatch(md, /This section covers/);
      assert.match(md, /\*\*Its subsections cover:\*\*\n\n- Right of access: “You have the right of access to your personal data\.” \(line 9\) under “Requests”\n/);
      assert.match(md, /- Right to complain to a supervisory authority: “You may lodge a complaint with the Information Commissioner\.” \(line 13\) under “Complaints”/);
      assert.match(markdown(hover(text, 'Complaints', { shift: 3 })), /\*\*This section covers:\*\*/);
      assert.doesNotMatch(markdown(hover(text, 'Complaints', { shift: 3 })), /subsections/);
    });

    it('lists what its subsections cover in German, and still says so when neither it nor they cover anything', () => {
      const text = joinLines(
        '# Datenschutzerklärung',
        '',
        'Verantwortlich ist die Muster GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@muster.example.',
        '',
        '## Ihre Rechte',
        '',
        '### Was Sie tun können',
        '',
        'Sie haben das Recht, der Verarbeitung Ihrer Daten jederzeit zu widersprechen.',
        '',
        '### Datenübertragbarkeit',
        '',
        'Sie können Ihre Daten in einem gängigen Format erhalten.',
        '',
        '## Sicherheit',
        '',
        '### Technik',
        '',
        'Unsere Server stehen in einem verschlossenen Raum.',
        '',
      );
      assert.match(markdown(hover(text, 'Ihre Rechte', { shift: 3 })), /\*\*Die Unterabschnitte enthalten:\*\*\n\n- .*„Sie haben das Recht, der Verarbeitung Ihrer Daten jederzeit zu widersprechen\.“ \(Zeile 9\) unter „Was Sie tun können“/);
      // The sentence under a subsection's heading that shows the item, rather than the heading that names it.
      assert.match(markdown(hover(text, 'Ihre Rechte', { shift: 3 })), /- Recht auf Datenübertragbarkeit: „Sie können Ihre Daten in einem gängigen Format erhalten\.“ \(Zeile 13\) unter „Datenübertragbarkeit“\n/);
      assert.match(markdown(hover(text, 'Sicherheit', { shift: 3 })), /Im eigenen Text dieses Abschnitts wurde keine Pflichtangabe der DSGVO gefunden\./);
    });

    it('quotes the sentence of the section that shows an item, not the heading that names it, in English and Dutch', () => {
      const en = joinLines(
        '# Privacy notice',
        '',
        'Acme Ltd, 1 High Street, London, is the controller. Contact us at privacy@acme.example.',
        '',
        '## Right to object',
        '',
        'You may object at any time to our use of your personal data for direct marketing.',
        '',
      );
      const md = markdown(hover(en, 'Right to object', { shift: 3 }));
      assert.match(md, /- Right to object: “You may object at any time to our use of your personal data for direct marketing\.” \(line 7\)/);
      assert.doesNotMatch(md, /: “Right to object”/, 'the heading is quoted as what says it');
      const nl = joinLines(
        'Privacyverklaring',
        '',
        'Acme B.V., Hoofdstraat 1, 1234 AB Amsterdam, is verantwoordelijk voor de verwerking. Mail ons via privacy@acme.example.',
        '',
        'Recht van bezwaar',
        '',
        'U kunt altijd bezwaar maken tegen het gebruik van uw gegevens voor direct marketing.',
        '',
      );
      const nlMd = markdown(hover(nl, 'Recht van bezwaar', { shift: 3, languageId: 'plaintext' }));
      assert.match(nlMd, /- Recht van bezwaar: „U kunt altijd bezwaar maken tegen het gebruik van uw gegevens voor direct marketing\.” \(regel 7\)/);
      assert.doesNotMatch(nlMd, /: „Recht van bezwaar”/, 'the heading is quoted as what says it');
    });

    it('says in words that the heading names an item its text does not show, in English, Dutch, German and French', () => {
      const cases = [
        { heading: 'Data portability', body: 'We answer every request within a month.', says: '- Right to data portability: named in its heading' },
        { heading: 'Recht op overdraagbaarheid', body: 'Wij beantwoorden elk verzoek binnen een maand.', says: '- Recht op overdraagbaarheid van gegevens: genoemd in de kop van deze sectie' },
        { heading: 'Datenübertragbarkeit', body: 'Wir beantworten jede Anfrage innerhalb eines Monats.', says: '- Recht auf Datenübertragbarkeit: in der Überschrift genannt' },
        { heading: 'Droit à la portabilité', body: 'Nous répondons à chaque demande dans un délai d’un mois.', says: '- Droit à la portabilité des données\u00a0: figure dans le titre de la section' },
      ];
      const intro: Record<string, string> = {
        'Data portability': 'Acme Ltd, 1 High Street, London, is the controller of your personal data. Contact us at privacy@acme.example.',
        'Recht op overdraagbaarheid': 'Acme B.V., Hoofdstraat 1, 1234 AB Amsterdam, is verantwoordelijk voor de verwerking van uw persoonsgegevens. Mail ons via privacy@acme.example.',
        'Datenübertragbarkeit': 'Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Muster GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@muster.example.',
        'Droit à la portabilité': 'Acme SAS, 1 rue de la Paix, 75002 Paris, est responsable du traitement de vos données personnelles. Écrivez-nous à privacy@acme.example.',
      };
      for (const c of cases) {
        const text = joinLines('# Notice', '', intro[c.heading]!, '', `## ${c.heading}`, '', c.body, '');
        const md = markdown(hover(text, c.heading, { shift: 3, force: true }));
        assert.ok(md.includes(`${c.says}\n`) || md.endsWith(c.says), `${c.heading}:\n${md}`);
      }
      // On the heading of a section whose subsection's heading alone names the item.
      const nested = joinLines('# Notice', '', intro['Data portability']!, '', '## Your rights', '', '### Data portability', '', 'We answer every request within a month.', '');
      assert.match(markdown(hover(nested, 'Your rights', { shift: 3, force: true })), /\*\*Its subsections cover:\*\*\n\n- Right to data portability: named in the heading “Data portability” \(line 7\)/);
    });

    it('answers on the Markdown heading marks too, in Dutch', () => {
      const h = hover(NL, '## Uw rechten', { shift: 0 });
      const md = markdown(h);
      assert.equal(covered(NL, h), 'Uw rechten');
      assert.match(md, /^\*\*Sectie „Uw rechten”\*\*/);
      assert.match(md, /\*\*Deze sectie behandelt:\*\*/);
      assert.match(md, /\*\*Hoort in deze sectie, maar ontbreekt:\*\*\n\n- Recht van bezwaar \(art\. 13 lid 2 onder b, art\. 21\)/);
    });
  });

  describe('where there is nothing to explain', () => {
    it('gives no hover on ordinary words', () => {
      assert.equal(hover(EN, 'newsletter'), null);
      assert.equal(hover(NL, 'nieuwsbrief'), null);
    });

    it('gives no hover inside a code block', () => {
      const text = EN.replace('## Your rights', '```\nconst consent = askForYourConsent(); // Art. 6(1)(a) GDPR\n```\n\n## Your rights');
      assert.equal(hover(text, 'Art. 6(1)(a) GDPR;'.slice(0, 12), { nth: 2 }), null);
      assert.match(markdown(hover(text, 'Art. 6(1)(a)')), /^\*\*Consent\*\*/);
    });

    it('gives no hover in a file that does not look like a notice, unless all files are checked or it was asked for', () => {
      const readme = joinLines('# Build notes', '', 'The build needs your consent (Art. 6(1)(a) GDPR) before the tests run.', '');
      assert.equal(hover(readme, 'consent'), null);
      assert.equal(hover(readme, 'consent', { settings: { documents: 'off' }, force: false }), null);
      assert.match(markdown(hover(readme, 'Art. 6', { settings: { documents: 'all' } })), /^\*\*Consent\*\*/);
      assert.match(markdown(hover(readme, 'Art. 6', { force: true })), /^\*\*Consent\*\*/);
    });

    it('gives no hover in a notice in a language it does not check', () => {
      const it_ = joinLines('# Informativa sulla privacy', '', 'Trattiamo i suoi dati personali ai sensi dell\'Art. 6 del GDPR; lei può opporsi al trattamento in qualsiasi momento.', '');
      assert.equal(hover(it_, 'Art. 6', { settings: { documents: 'all' } }), null);
    });
  });

  describe('in German', () => {
    const DE = joinLines(
      '# Datenschutzerklärung',
      '',
      'Verantwortlich ist die Muster GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@muster.example.',
      '',
      '## Zwecke und Rechtsgrundlagen',
      '',
      'Wir versenden unseren Newsletter auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 S. 1 lit. a DSGVO).',
      'Die Server-Logfiles speichern wir auf Grundlage unseres berechtigten Interesses an der Sicherheit des Angebots (Art. 6 Abs. 1 lit. f DSGVO).',
      'Cookies setzen wir nach § 25 Abs. 1 TDDDG nur mit Ihrer Einwilligung.',
      '',
    );

    it('explains an article reference in German, with the German citation and the notice’s status', () => {
      const h = hover(DE, 'Art. 6 Abs. 1 S. 1 lit. a');
      assert.equal(covered(DE, h), 'Art. 6 Abs. 1 S. 1 lit. a DSGVO');
      const md = markdown(h);
      assert.match(md, /Einwilligung/);
      assert.match(md, /Art\. 6 Abs\. 1 lit\. a DSGVO/);
      assert.match(md, /widerrufen/);
    });

    it('explains a legitimate interest with the right to object it brings, in German', () => {
      const md = markdown(hover(DE, 'Art. 6 Abs. 1 lit. f'));
      assert.match(md, /Berechtigte Interessen/);
      assert.match(md, /Widerspruchsrecht/);
    });

    it('takes “§ 25 TDDDG” for no article of the DSGVO', () => {
      assert.equal(hover(DE, '§ 25', { shift: 2 }), null);
    });
  });

  describe('in French', () => {
    const FR = joinLines(
      '# Politique de confidentialité',
      '',
      'Le responsable du traitement est Exemple SAS, 1 rue de la Paix, 75002 Paris, dpo@exemple.example.',
      '',
      '## Finalités et bases légales',
      '',
      'Nous traitons les journaux du serveur sur le fondement de notre intérêt légitime à sécuriser le site (article 6, paragraphe 1, point f), du RGPD).',
      'Vous pouvez introduire une réclamation auprès de la CNIL.',
      '',
    );

    it('explains an article reference in French, with the right to object it brings', () => {
      const h = hover(FR, 'article 6, paragraphe 1');
      assert.equal(covered(FR, h), 'article 6, paragraphe 1, point f), du RGPD');
      const md = markdown(h);
      assert.match(md, /Intérêts légitimes/);
      assert.match(md, /droit d’opposition/);
    });

    it('names the CNIL and says that the nLPD, not the RGPD, applies in Switzerland, on the complaint', () => {
      const md = markdown(hover(FR, 'réclamation', { shift: 2 }));
      assert.match(md, /CNIL/);
      assert.match(md, /Suisse.*nLPD/);
    });
  });
});
