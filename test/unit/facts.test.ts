/** noticeFacts: what a notice says about its controller and jurisdiction, for filling clauses. */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { noticeFacts } from '../../server/src/service/facts';
import { joinLines } from './helpers';

const DAY = new Date(Date.UTC(2025, 2, 1));
const facts = (text: string, language: 'en' | 'nl', format: 'markdown' | 'plaintext' = 'markdown') => noticeFacts(analyzeDocument(text, { language, format }), DAY);

describe('Notice facts', function () {
  it('takes the controller’s name with its legal form and the privacy mailbox from an English notice', function () {
    const f = facts(joinLines('# Privacy notice', '', '## Who we are', '', 'Dom Cycles B.V. is the controller responsible for your personal data.', 'Questions? Write to info@domcycles.example or privacy@domcycles.example.', ''), 'en');
    assert.equal(f.controller, 'Dom Cycles B.V.');
    assert.equal(f.contact, 'privacy@domcycles.example');
  });

  it('reads a name whose words include an ampersand and stops at the words before it', function () {
    const f = facts(joinLines('Privacyverklaring', '', 'De verwerkingsverantwoordelijke is Bakkerij Korrel & Zoon B.V., Voorbeeldweg 7, 3811 AA Amersfoort.', 'Mail naar info@korrel.example.', ''), 'nl', 'plaintext');
    assert.equal(f.controller, 'Bakkerij Korrel & Zoon B.V.');
    assert.equal(f.contact, 'info@korrel.example');
  });

  it('reads a foundation named after its legal form', function () {
    const f = facts(joinLines('# Privacyverklaring', '', 'Stichting Open Leeszaal, gevestigd te Utrecht, is verantwoordelijk voor de verwerking van persoonsgegevens.', ''), 'nl');
    assert.equal(f.controller, 'Stichting Open Leeszaal');
  });

  it('reads the name a notice introduces as "we" when it has no legal form', function () {
    const f = facts(joinLines('# Privacy notice', '', 'Green Lane Studio (“we”, “us”) runs the website greenlane.example.', ''), 'en');
    assert.equal(f.controller, 'Green Lane Studio');
  });

  it('gives no name when the notice names no organisation', function () {
    const f = facts(joinLines('# Privacy notice', '', 'We use your e-mail address to answer your questions.', ''), 'en');
    assert.equal(f.controller, undefined);
    assert.equal(f.contact, undefined);
  });

  it('points a Dutch notice at the Autoriteit Persoonsgegevens unless it shows it is Belgian', function () {
    assert.equal(facts('# Privacyverklaring\n\nWij verwerken persoonsgegevens van onze klanten.\n', 'nl').authority, 'nl');
    assert.equal(facts('# Privacyverklaring\n\nWij zijn gevestigd in Gent, België, en verwerken persoonsgegevens van onze klanten.\n', 'nl').authority, 'be');
    assert.equal(facts('# Privacyverklaring\n\nU kunt een klacht indienen bij de Gegevensbeschermingsautoriteit.\n', 'nl').authority, 'be');
    assert.equal(facts('# Privacyverklaring\n\nWij leveren ook in België. Klachten kunt u indienen bij de Autoriteit Persoonsgegevens.\n', 'nl').authority, 'nl', 'the authority a notice names outweighs a country it mentions');
  });

  it('points an English notice at the ICO when it shows it is British, else at the EU authorities', function () {
    assert.equal(facts('# Privacy notice\n\nWe are a company registered in England and Wales.\n', 'en').authority, 'uk');
    assert.equal(facts('# Privacy notice\n\nYou may complain to the ICO.\n', 'en').authority, 'uk');
    assert.equal(facts('# Privacy notice\n\nWe process the personal data of our customers.\n', 'en').authority, 'eu');
  });

  it('writes the day of drafting as the date of the last update, as the notice’s language writes dates', function () {
    assert.equal(facts('# Privacy notice\n\nWe process personal data.\n', 'en').date, '1 March 2025');
    assert.equal(facts('# Privacyverklaring\n\nWij verwerken persoonsgegevens.\n', 'nl').date, '1 maart 2025');
  });

  it('has no facts for a language without clauses', function () {
    assert.deepEqual(noticeFacts(analyzeDocument('Informativa sulla privacy\n\nTrattiamo i suoi dati personali e i dati dei nostri clienti con cura.\n', { language: 'auto', format: 'plaintext' })), {});
  });

  it('sends a German notice to the Land authority, and an Austrian one to the Datenschutzbehörde', function () {
    const facts = (text: string) => noticeFacts(analyzeDocument(text, { language: 'de', format: 'plaintext' }));
    assert.equal(facts('Datenschutzerklärung\n\nWir verarbeiten Ihre Daten nur für den Versand Ihrer Bestellung.\n').authority, 'de-land');
    assert.equal(facts('Datenschutzerklärung\n\nSie können sich bei der Österreichischen Datenschutzbehörde beschweren.\n').authority, 'at');
  });
});
