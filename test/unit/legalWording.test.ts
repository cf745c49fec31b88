/**
 * What a lawyer reads: the wording of diagnostics, inserted clauses and hovers says what the GDPR
 * says, in the regulation's own terms of each language, and the same term in the messages,
 * clauses and hovers of one language. Each case is a point a legal review corrected.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { clauseCatalogue, draftClause, renderEntryText } from '../../server/src/service/clauses';
import { createPolicyService, settingsFromUnknown } from '../../server/src/service/index';
import type { Lang } from '../../server/src/service/data/types';
import { joinLines } from './helpers';

const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'fr'];

let counter = 0;
function doc(text: string): TextDocument {
  counter++;
  return TextDocument.create(`file:///notices/legal${counter}.md`, 'markdown', 1, text);
}

const service = createPolicyService();
const settings = settingsFromUnknown({}).settings;

function diagnostic(text: string, code: string): Diagnostic {
  const found = service.getDiagnostics(doc(text), settings, { force: true }).filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} diagnostic`);
  return found[0]!;
}
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

function hoverAt(text: string, needle: string): string {
  const d = doc(text);
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `the fixture has no ${needle}`);
  const h: Hover | null = service.getHover(d, settings, d.positionAt(index + 1), { force: true });
  assert.ok(h && typeof h.contents === 'object' && 'value' in h.contents, `a hover on ${needle}`);
  return h.contents.value;
}

/** The clause offered for an extra key or a missing item, as inserted into a Markdown notice. */
function clauseText(lang: Lang, key: string): string {
  const entry = clauseCatalogue(lang).find((e) => e.key === key);
  assert.ok(entry, `${lang} has a clause ${key}`);
  return renderEntryText(lang, entry, {}, { format: 'markdown', form: 'section' });
}

/** Short notices that say nothing about automated decisions. */
const BARE: Readonly<Record<Lang, string>> = {
  en: joinLines('# Privacy notice', '', 'Acme Ltd (privacy@acme.example) uses your personal data to deliver your orders.'),
  nl: joinLines('# Privacyverklaring', '', 'Acme B.V. (privacy@acme.example) gebruikt uw persoonsgegevens om uw bestellingen te leveren.'),
  de: joinLines('# Datenschutzerklärung', '', 'Die Acme GmbH (privacy@acme.example) verwendet Ihre personenbezogenen Daten, um Ihre Bestellungen zu liefern.'),
  fr: joinLines('# Politique de confidentialité', '', 'Acme SAS (privacy@acme.example) utilise vos données personnelles pour livrer vos commandes.'),
};

describe('Legal wording of messages, clauses and hovers', function () {
  describe('automated decisions: Art. 13(2)(f) covers decisions under Art. 22, and does not itself demand a "no"', function () {
    const SAYS: Readonly<Record<Lang, readonly RegExp[]>> = {
      en: [/decisions based solely on automated processing, including profiling, with legal or similarly significant effects/, /requires readers to be told of such decisions; if none are made, say so\./],
      nl: [/uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn gebaseerd en rechtsgevolgen hebben of hen in aanmerkelijke mate treffen/, /vereist dat betrokkenen over zulke besluiten worden geïnformeerd/],
      de: [/ausschließlich automatisierte Entscheidungen einschließlich Profiling/, /rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen/, /über solche Entscheidungen informiert werden/],
      fr: [/fondées exclusivement sur un traitement automatisé, y compris le profilage/, /de manière significative de façon similaire/, /l'existence de telles décisions/],
    };
    const OVERSTATES: Readonly<Record<Lang, RegExp>> = {
      en: /even when the answer is no|profiles are built/,
      nl: /ook als het antwoord nee is/,
      de: /auch wenn die Antwort/,
      fr: /même lorsque la réponse est non/,
    };
    for (const lang of LANGS) {
      it(`says which decisions the notice must disclose, without claiming the law demands a negative statement (${lang})`, function () {
        const message = messageOf(diagnostic(BARE[lang], 'automated-decisions'));
        for (const re of SAYS[lang]) assert.match(message, re);
        assert.doesNotMatch(message, OVERSTATES[lang]);
      });
    }
  });

  describe('identity checks: only on reasonable doubts (Art. 12(6))', function () {
    const SAYS: Readonly<Record<Lang, RegExp>> = {
      en: /Where we have reasonable doubts about your identity, we may ask you for the information needed to confirm it \(Article 12\(6\) GDPR\)\./,
      nl: /Hebben wij gegronde redenen om aan uw identiteit te twijfelen, dan kunnen wij u om de informatie vragen die nodig is om die te bevestigen \(art\. 12 lid 6 AVG\)\./,
      de: /Haben wir begründete Zweifel an Ihrer Identität, können wir die zu ihrer Bestätigung erforderlichen Informationen anfordern \(Art\. 12 Abs\. 6 DSGVO\)\./,
      fr: /En cas de doute raisonnable sur votre identité, nous pouvons vous demander des informations supplémentaires pour la confirmer \(article 12, paragraphe 6, du RGPD\)\./,
    };
    for (const lang of LANGS) {
      it(`the all-rights clause asks for proof of identity only where there is reason to doubt it (${lang})`, function () {
        const text = clauseText(lang, 'rights-all');
        assert.match(text, SAYS[lang]);
        assert.doesNotMatch(text, /We may ask you to confirm your identity|Wij kunnen u vragen uw identiteit aan te tonen|Wir können Sie bitten, Ihre Identität nachzuweisen/);
      });
    }
  });

  describe('the answer period of Art. 12(3) in the regulation’s own words, the same in the clause and the hover', function () {
    const TERM: Readonly<Record<Lang, { readonly term: string; readonly right: string }>> = {
      en: { term: 'without undue delay', right: 'right of access' },
      nl: { term: 'onverwijld', right: 'recht op inzage' },
      de: { term: 'unverzüglich', right: 'Auskunftsrecht' },
      fr: { term: 'dans les meilleurs délais', right: 'droit d’accès' },
    };
    const HEAD: Readonly<Record<Lang, string>> = { en: 'Your rights', nl: 'Uw rechten', de: 'Ihre Rechte', fr: 'Vos droits' };
    for (const lang of LANGS) {
      it(`the clause for a right and the hover on that right give the same term (${lang})`, function () {
        const { term, right } = TERM[lang];
        const clause = draftClause(lang, 'right-access', {})!;
        const exercise = clause.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ');
        assert.ok(exercise.toLowerCase().includes(term.toLowerCase()), `${lang} clause: ${exercise}`);
        assert.doesNotMatch(exercise, /zonder onnodige vertraging/);
        const text = joinLines(BARE[lang], '', `## ${HEAD[lang]}`, '', `- ${right}`);
        const hover = hoverAt(text, right);
        assert.ok(hover.toLowerCase().includes(term.toLowerCase()), `${lang} hover: ${hover}`);
      });
    }
  });

  it('asks for cookie consent in Dutch that cannot be read as "why" (waarom)', function () {
    const text = clauseText('nl', 'cookies');
    assert.match(text, /plaatsen wij alleen met uw toestemming, die wij via \[onze cookiebanner\] vragen wanneer u de website voor het eerst bezoekt\./);
    assert.doesNotMatch(text, /waarom wij vragen/);
  });

  describe('French: one term for the legal basis, "base légale", in messages, clauses and hovers', function () {
    it('names it so in the diagnostic for a missing legal basis', function () {
      const message = messageOf(diagnostic(BARE.fr, 'legal-basis'));
      assert.match(message, /sur quelle base légale les données sont traitées/);
      assert.match(message, /exige la base légale de chaque finalité/);
      assert.doesNotMatch(message, /base juridique/);
    });

    it('names it so in the clause and in the hover on the term', function () {
      assert.equal(draftClause('fr', 'legal-basis', {})!.title, 'Bases légales du traitement');
      const text = joinLines(BARE.fr, '', 'La base légale du traitement est l’exécution du contrat.');
      assert.match(hoverAt(text, 'base légale'), /Base légale/);
    });
  });

  describe('the representative in the Union (Art. 27) and processing under the controller’s authority (Art. 29) in German and French', function () {
    const CASES: readonly { readonly lang: Lang; readonly line: string; readonly needle: string; readonly says: RegExp }[] = [
      { lang: 'de', line: 'Unser Vertreter in der Union nach Art. 27 DSGVO ist die Acme EU GmbH.', needle: 'Art. 27', says: /Vertreter von nicht in der Union niedergelassenen Verantwortlichen oder Auftragsverarbeitern[\s\S]*schriftlich einen Vertreter in der Union benennen/ },
      { lang: 'fr', line: 'Notre représentant dans l’Union au sens de l’article 27 du RGPD est Acme EU SAS.', needle: 'article 27', says: /Représentants des responsables du traitement ou des sous-traitants qui ne sont pas établis dans l’Union[\s\S]*désigner par écrit un représentant dans l’Union/ },
      { lang: 'de', line: 'Unsere Beschäftigten verarbeiten Daten nur nach Art. 29 DSGVO.', needle: 'Art. 29', says: /Verarbeitung unter der Aufsicht des Verantwortlichen oder des Auftragsverarbeiters[\s\S]*nur auf Weisung des Verantwortlichen/ },
      { lang: 'fr', line: 'Nos salariés ne traitent les données que dans le respect de l’article 29 du RGPD.', needle: 'article 29', says: /Traitement effectué sous l’autorité du responsable du traitement ou du sous-traitant[\s\S]*que sur instruction du responsable/ },
    ];
    for (const c of CASES) {
      it(`summarises ${c.needle} instead of sending the reader to EUR-Lex without one (${c.lang})`, function () {
        const hover = hoverAt(joinLines(BARE[c.lang], '', c.line), c.needle);
        assert.match(hover, c.says);
        assert.doesNotMatch(hover, /keine Zusammenfassung|pas de résumé/);
      });
    }
  });

  describe('transfers: Art. 13(1)(f) asks for the adequacy decision or, without one, the safeguard; an adequacy decision is no safeguard of Art. 46', function () {
    const ABROAD: Readonly<Record<Lang, string>> = {
      en: 'Our hosting provider stores your personal data in the United States.',
      nl: 'Onze hostingpartij slaat uw persoonsgegevens op in de Verenigde Staten.',
      de: 'Unser Hosting-Anbieter speichert Ihre personenbezogenen Daten in den USA.',
      fr: 'Notre hébergeur conserve vos données personnelles aux États-Unis.',
    };
    const SAYS: Readonly<Record<Lang, RegExp>> = {
      en: /does not say whether an adequacy decision covers the transfer or which safeguard protects it \(standard contractual clauses, binding corporate rules\.\.\.\)/,
      nl: /zegt niet of een adequaatheidsbesluit de doorgifte dekt of welke waarborg haar beschermt \(standaardcontractbepalingen, bindende bedrijfsvoorschriften\.\.\.\)/,
      de: /sagt nicht, ob ein Angemessenheitsbeschluss besteht oder welche Garantie die Übermittlung absichert \(Standardvertragsklauseln, verbindliche interne Datenschutzvorschriften …\)/,
      fr: /ne dit pas si une décision d'adéquation couvre le transfert ni quelle garantie l'encadre \(clauses contractuelles types, règles d'entreprise contraignantes…\)/,
    };
    for (const lang of LANGS) {
      it(`asks whether an adequacy decision covers the transfer, or else which safeguard (${lang})`, function () {
        assert.match(messageOf(diagnostic(joinLines(BARE[lang], '', ABROAD[lang]), 'transfer-safeguards')), SAYS[lang]);
      });
    }
  });

  describe('implied consent: the recital that says silence and inactivity are no consent', function () {
    const FLAGGED: Readonly<Record<Lang, string>> = {
      en: 'By continuing to use this website, you consent to our use of cookies.',
      nl: 'Door verder te surfen op deze website gaat u akkoord met het gebruik van cookies.',
      de: 'Durch die weitere Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden.',
      fr: "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
    };
    const CITES: Readonly<Record<Lang, string>> = {
      en: '(Art. 4(11) and Recital 32 GDPR; CJEU C-673/17, Planet49)',
      nl: '(art. 4 punt 11 en overweging 32 AVG; HvJ EU C-673/17, Planet49)',
      de: '(Art. 4 Nr. 11 und Erwägungsgrund 32 DSGVO; EuGH C-673/17, Planet49)',
      fr: '(article 4, point 11), et considérant 32 du RGPD ; CJUE, 1er octobre 2019, C-673/17, Planet49)',
    };
    for (const lang of LANGS) {
      it(`cites Art. 4(11), Recital 32 and Planet49 (${lang})`, function () {
        const message = messageOf(diagnostic(joinLines(BARE[lang], '', '## Cookies', '', FLAGGED[lang]), 'implied-consent'));
        assert.ok(message.includes(CITES[lang]), message);
      });
    }
  });

  it('names the Belgian and the Austrian authority in a German complaint clause so that neither is taken for the other', function () {
    assert.match(draftClause('de', 'right-complaint', { authority: 'be' })!.item, /Für uns zuständig ist die belgische Datenschutzbehörde; /);
    assert.match(draftClause('de', 'right-complaint', { authority: 'at' })!.item, /Für uns zuständig ist die österreichische Datenschutzbehörde; wie Sie eine Beschwerde einreichen, erfahren Sie unter https:\/\/www\.dsb\.gv\.at/);
  });

  describe('whether data leaves the EEA: the one-sentence form states no fact the author has not checked', function () {
    for (const lang of LANGS) {
      it(`keeps the placeholder for a recipient outside the EEA, so the notice is flagged until the author settles it (${lang})`, function () {
        const item = draftClause(lang, 'transfers-statement', {})!.item;
        assert.match(item, /\((EEA|EER|EWR|EEE)\)\. \[[^\]]+\]$/);
        const found = service.getDiagnostics(doc(joinLines(BARE[lang], '', item)), settings, { force: true });
        assert.ok(found.some((d) => d.code === 'unfilled-placeholder'), JSON.stringify(found.map((d) => d.code)));
        assert.ok(!found.some((d) => d.code === 'transfers-statement'), 'the sentence still answers whether data leaves the EEA');
      });
    }
  });

  it('attributes the Dutch seven years to tax law and to the Civil Code, which both impose them (art. 52 AWR, art. 2:10 BW)', function () {
    const en = clauseCatalogue('en').find((e) => e.key === 'retention-statutory')!;
    const nl = clauseCatalogue('nl').find((e) => e.key === 'retention-statutory')!;
    assert.match(renderEntryText('en', en, {}, { format: 'plaintext', form: 'item' }), /for seven years, as Dutch tax and civil law require \(Article 52 of the General State Taxes Act and Article 2:10 of the Dutch Civil Code\)/);
    assert.match(renderEntryText('nl', nl, {}, { format: 'plaintext', form: 'item' }), /zeven jaar, zoals de fiscale en de civielrechtelijke bewaarplicht voorschrijven \(art\. 52 Algemene wet inzake rijksbelastingen en art\. 2:10 Burgerlijk Wetboek\)/);
  });

  it('titles the French clause on whether data must be provided by the providing, not by the data (Art. 13(2)(e))', function () {
    assert.equal(draftClause('fr', 'statutory-requirement', {})!.title, 'Caractère obligatoire ou facultatif de la fourniture de vos données');
  });
});
