/**
 * The cue matcher: word boundaries, endings, whitespace, and how languages write, handled for
 * every language's tables: the German "ß" written "ss", accents that capitals often drop, elided
 * words ("l'", "qu'"), a space before a colon (French typography), typographic apostrophes and
 * no-break spaces.
 */
import * as assert from 'node:assert/strict';
import { TABLES } from '../../server/src/service/data/index';
import { all, cueRegExp, first, has } from '../../server/src/service/match';
import { analyze, joinLines, statusOf } from './helpers';

describe('Cue matcher', () => {
  it('matches whole words only, case-insensitively, in any language', () => {
    assert.ok(has(['consent'], 'We ask for your Consent.'));
    assert.ok(!has(['consent'], 'We respect consensus.'));
    assert.ok(has(['toestemming'], 'Met uw TOESTEMMING.'));
    assert.ok(has(['Einwilligung'], 'nur mit Ihrer einwilligung'));
    assert.ok(!has(['recht'], 'Widerspruchsrecht'));
  });

  it('lets a cue ending in \\w* match a German compound and its endings', () => {
    assert.equal(first(['Löschung\\w*'], 'Ihr Löschungsrecht')?.text, 'Löschungsrecht');
    assert.equal(first(['Datenschutzbeauftragte\\w*'], 'an unseren Datenschutzbeauftragten')?.text, 'Datenschutzbeauftragten');
    assert.equal(first(['\\w*aufsichtsbehörde'], 'bei der Datenschutzaufsichtsbehörde')?.text, 'Datenschutzaufsichtsbehörde');
  });

  it('lets a cue written with "ß" match the Swiss and capitalised spelling with "ss"', () => {
    assert.equal(first(['außerhalb der EU'], 'Daten werden nicht ausserhalb der EU verarbeitet.')?.text, 'ausserhalb der EU');
    assert.equal(first(['außerhalb der EU'], 'AUSSERHALB DER EU')?.text, 'AUSSERHALB DER EU');
    assert.ok(has(['außerhalb der EU'], 'außerhalb der EU'));
    assert.ok(has(['\\w*straße \\d+'], 'Hauptstrasse 1'));
  });

  it('leaves "ß" inside a character class and cues without "ß" as they are', () => {
    assert.ok(has(['gro[ßs]e'], 'große'));
    assert.ok(!has(['gro[ßs]e'], 'grosse'));
    assert.ok(!has(['ss'], 'ß'));
    assert.deepEqual(all(['class'], 'a class, a claß').map((h) => h.text), ['class']);
  });
});

const { en, nl, fr } = TABLES;

describe('Cue matching across languages', () => {
  describe('accents', () => {
    it('matches an accented letter of a cue also without its accent, in capitals or not', () => {
      assert.equal(first(['données personnelles'], 'VOS DONNEES PERSONNELLES')?.text, 'DONNEES PERSONNELLES');
      assert.equal(first(['données personnelles'], 'vos DONNÉES personnelles')?.text, 'DONNÉES personnelles');
      assert.ok(has(['[éè]t[ée]'], 'ete'), 'inside a character class too');
    });

    it('does not match a bare letter of a cue with an accented one', () => {
      assert.equal(has(['donnees'], 'données'), false);
    });

    it('applies to the cues of every language', () => {
      assert.ok(has(fr.noticeVocabulary, 'PROTECTION DES DONNEES PERSONNELLES'), 'fr');
      assert.ok(has(nl.controller.organisation, 'Cooperatie De Eendracht U.A.'), 'nl: coöperatie');
      assert.ok(has(en.rights.authority, 'the CNIL'), 'en');
      assert.ok(has(fr.rights.named.access, "DROIT D'ACCES"), 'fr: droit d\'accès');
    });
  });

  describe('elision', () => {
    it('matches a cue right after an elided article', () => {
      assert.ok(has(fr.basis.grounds['legitimate-interests'], "sur la base de l'intérêt légitime"));
      assert.ok(has(en.recipients, "the processors' list"), 'an apostrophe is no letter in English either');
      assert.ok(has(nl.dataCategories, "e-mailadres'en"), 'nor in Dutch');
    });

    it('lets a cue that ends in an elided word run into the next word', () => {
      assert.equal(first(["qu'"], "ne servent qu'à transmettre")?.text, "qu'");
      assert.ok(has(fr.negationBreak, "lorsqu'il le demande"));
      assert.equal(has(["qu'"], 'qu transmettre'), false);
    });

    it('still keeps a word boundary after a cue that ends in a letter', () => {
      assert.equal(has(['droit'], 'droitier'), false);
      assert.equal(has(en.self, 'wealth'), false);
      assert.equal(has(nl.self, 'onsen'), false);
    });
  });

  describe('a space before a colon', () => {
    it('lets a cue with a colon match with or without a space before it, in every language', () => {
      assert.ok(has(en.basis.grounds.consent, 'Newsletter - consent : we ask first'), 'en');
      assert.ok(has(nl.basis.grounds.consent, 'Nieuwsbrief - toestemming : wij vragen eerst'), 'nl');
      assert.ok(has(fr.basis.grounds.consent, 'Lettre - consentement : nous le demandons'), 'fr');
      assert.ok(has(fr.basis.grounds.consent, 'Lettre - consentement: nous le demandons'), 'fr without the space');
    });

    it('leaves the colon of a non-capturing group alone', () => {
      assert.ok(cueRegExp(['(?:a|b)c']).test('bc'));
    });
  });

  describe('typographic apostrophes and no-break spaces in a notice', () => {
    it('reads a French "droit d’opposition" with a curly apostrophe and a no-break space before the colon', () => {
      const a = analyze(joinLines('# Politique de confidentialité', '', 'Nous utilisons vos données pour vous envoyer notre lettre.', '', 'Vous disposez d’un droit d’opposition\u202F: écrivez-nous.'), 'fr');
      assert.equal(statusOf(a, 'right-object'), 'present');
    });

    it('reads an English "don’t" with a curly apostrophe as a negation', () => {
      const a = analyze(joinLines('# Privacy notice', '', 'We use your data to send you our newsletter.', 'We don’t transfer your data outside the EEA.'), 'en');
      assert.equal(statusOf(a, 'transfer-safeguards'), 'not-applicable');
      assert.equal(statusOf(a, 'transfers-statement'), 'present');
    });

    it('reads a Dutch "Toestemming\u00A0:" with a no-break space as a legal basis', () => {
      const a = analyze(joinLines('# Privacyverklaring', '', 'Wij gebruiken uw e-mailadres voor de nieuwsbrief.', '', '- Nieuwsbrief – toestemming\u00A0: u kunt zich altijd afmelden.'), 'nl');
      assert.equal(statusOf(a, 'legal-basis'), 'present');
    });
  });
});
