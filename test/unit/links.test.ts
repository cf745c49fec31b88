/**
 * Document links through the service: article references open EUR-Lex in the notice's
 * language, authorities and EU bodies open their websites; ranges are exact.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { createPolicyService, settingsFromUnknown } from '../../server/src/service/index';
import { joinLines } from './helpers';

let counter = 0;

function links(text: string, value: unknown = {}, force = false): { text: string; target: string | undefined }[] {
  counter++;
  const d = TextDocument.create(`file:///notices/l${counter}.md`, 'markdown', 1, text);
  const found: DocumentLink[] = createPolicyService().getDocumentLinks(d, settingsFromUnknown(value).settings, { force });
  return found.map((l) => ({ text: text.slice(d.offsetAt(l.range.start), d.offsetAt(l.range.end)), target: l.target }));
}

const eurLex = (lang: string, article: number): string => `https://eur-lex.europa.eu/legal-content/${lang}/TXT/?uri=CELEX:32016R0679#art_${article}`;

describe('document links', () => {
  it('links English article references to the English text on EUR-Lex and authorities to their websites', () => {
    const text = joinLines(
      '# Privacy Policy',
      '',
      'We rely on Art. 6(1)(f) GDPR and on Article 6(1)(b). Your rights are in Articles 15 to 22 GDPR.',
      "You may complain to the Information Commissioner's Office (ICO) or, in the Netherlands, to the Autoriteit Persoonsgegevens.",
      'The European Data Protection Board has published guidance on consent.',
      'Belgian residents may contact the Gegevensbeschermingsautoriteit.',
      '',
    );
    assert.deepEqual(links(text), [
      { text: 'Art. 6(1)(f) GDPR', target: eurLex('EN', 6) },
      { text: 'Article 6(1)(b)', target: eurLex('EN', 6) },
      { text: 'Articles 15 to 22 GDPR', target: eurLex('EN', 15) },
      { text: "Information Commissioner's Office", target: 'https://ico.org.uk' },
      { text: 'ICO', target: 'https://ico.org.uk' },
      { text: 'Autoriteit Persoonsgegevens', target: 'https://www.autoriteitpersoonsgegevens.nl' },
      { text: 'European Data Protection Board', target: 'https://www.edpb.europa.eu' },
      { text: 'Gegevensbeschermingsautoriteit', target: 'https://www.dataprotectionauthority.be' },
    ]);
  });

  it('links Dutch references to the Dutch text on EUR-Lex and the Belgian authority to its Dutch site', () => {
    const text = joinLines(
      '# Privacyverklaring',
      '',
      'Wij verwerken uw gegevens op grond van artikel 6, eerste lid, onder a, AVG en art. 6 lid 1 sub f AVG.',
      'U heeft de rechten van artikelen 15 tot en met 22 AVG; zie ook art. 21 lid 2 AVG en artikel 7:400 BW.',
      'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens of, in België, bij de Gegevensbeschermingsautoriteit.',
      '',
    );
    assert.deepEqual(links(text), [
      { text: 'artikel 6, eerste lid, onder a, AVG', target: eurLex('NL', 6) },
      { text: 'art. 6 lid 1 sub f AVG', target: eurLex('NL', 6) },
      { text: 'artikelen 15 tot en met 22 AVG', target: eurLex('NL', 15) },
      { text: 'art. 21 lid 2 AVG', target: eurLex('NL', 21) },
      { text: 'Autoriteit Persoonsgegevens', target: 'https://www.autoriteitpersoonsgegevens.nl' },
      { text: 'Gegevensbeschermingsautoriteit', target: 'https://www.gegevensbeschermingsautoriteit.be' },
    ]);
  });

  it('does not link an authority that the Markdown already links, articles of other instruments, or code', () => {
    const text = joinLines(
      '# Privacy Policy',
      '',
      'You may complain to the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/en).',
      'Payment terms are in Article 5 of our Terms and Conditions.',
      'Article 13 GDPR lists what this notice must say.',
      '',
      '```',
      'cite("Article 14 GDPR", "Autoriteit Persoonsgegevens")',
      '```',
      '',
    );
    assert.deepEqual(links(text), [{ text: 'Article 13 GDPR', target: eurLex('EN', 13) }]);
  });

  it('gives no links in a file that does not look like a notice, unless asked to check it', () => {
    const readme = joinLines('# Build notes', '', 'Run the tests and update the changelog before you tag a release, and see Article 13 GDPR for the wording of the signup form.', '');
    assert.deepEqual(links(readme), []);
    assert.deepEqual(links(readme, { documents: 'off' }), []);
    assert.deepEqual(links(readme, { documents: 'all' }), [{ text: 'Article 13 GDPR', target: eurLex('EN', 13) }]);
    assert.deepEqual(links(readme, {}, true), [{ text: 'Article 13 GDPR', target: eurLex('EN', 13) }]);
  });
});
