import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/service/analysis';
import { sectionCoverage } from '../../server/src/service/coverage';

const notice = [
  '# Privacy notice',
  '',
  'Acme B.V., Main Street 1, Amsterdam, is the controller. Contact us at privacy@acme.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name and e-mail address to send you our newsletter, on the basis of your consent.',
  '',
  '## Your rights',
  '',
  'You have the right to access and to rectification of your personal data.',
  '',
].join('\n');

describe('section coverage', () => {
  const analysis = analyzeDocument(notice, { language: 'en', format: 'markdown' });
  const coverage = sectionCoverage(analysis);
  const titles = analysis.model.sections.map((s) => s.title);
  const at = (title: string) => coverage[titles.indexOf(title)]!;

  it('gives one entry per section', () => {
    assert.equal(coverage.length, analysis.model.sections.length);
  });

  it('lists the items a section satisfies, with the sentence that does', () => {
    const rights = at('Your rights');
    const ids = rights.covered.map((c) => c.id);
    assert.ok(ids.includes('right-access'), ids.join());
    assert.ok(ids.includes('right-rectification'), ids.join());
    const access = rights.covered.find((c) => c.id === 'right-access')!;
    assert.match(notice.slice(access.evidence.start, access.evidence.end), /right to access/);
  });

  it('lists the items that belong in a section but are missing from the notice', () => {
    const rights = at('Your rights');
    for (const id of ['right-object', 'right-erasure', 'right-portability', 'right-withdraw-consent']) {
      assert.ok(rights.missing.includes(id as never), `${id} in ${rights.missing.join()}`);
    }
    assert.ok(!rights.missing.includes('right-access'));
  });

  it('lists under a section what its subsections cover and its own text does not, with the subsection', () => {
    const parent = [
      '# Privacy notice',
      '',
      'Acme B.V., Main Street 1, Amsterdam, is the controller. Contact us at privacy@acme.example.',
      '',
      '## Your rights',
      '',
      'You have the right to access your personal data.',
      '',
      '### Direct marketing',
      '',
      'You have the right to object to the processing of your personal data.',
      '',
      '### Complaints',
      '',
      'You may lodge a complaint with the Information Commissioner.',
      '',
      '## Retention',
      '',
      'We keep invoices for seven years.',
    ].join('\n');
    const a = analyzeDocument(parent, { language: 'en', format: 'markdown' });
    const list = sectionCoverage(a);
    const index = (title: string): number => a.model.sections.findIndex((s) => s.title === title);
    const rights = list[index('Your rights')]!;
    assert.deepEqual(rights.covered.map((c) => c.id), ['right-access']);
    assert.deepEqual(
      rights.inSubsections.map((c) => [c.id, a.model.sections[c.section]!.title]),
      [['right-object', 'Direct marketing'], ['right-complaint', 'Complaints']],
    );
    assert.match(parent.slice(rights.inSubsections[0]!.evidence.start, rights.inSubsections[0]!.evidence.end), /right to object/);
    assert.deepEqual(list[index('Direct marketing')]!.inSubsections, []);
    assert.ok(!list[index('Your rights')]!.inSubsections.some((c) => c.id === 'retention'), 'a sibling section is no subsection');
  });

  it('does not credit a section with items it does not mention', () => {
    const purposes = at('What we use your data for');
    assert.ok(!purposes.covered.some((c) => c.id.startsWith('right-')));
    assert.ok(purposes.covered.some((c) => c.id === 'purposes'));
  });
});

/**
 * A notice whose early sections each mention the recipients in passing, before the section given
 * to them: that section must still be listed as covering them, in every language.
 */
describe('section coverage of an item mentioned in many sections', () => {
  const cases: { lang: 'en' | 'nl' | 'de' | 'fr'; title: string; passing: (n: number) => string; heading: string; body: string }[] = [
    {
      lang: 'en',
      title: '# Privacy notice',
      passing: (n) => `## Service ${n}\n\nFor service ${n} we share your order number with our payment provider.`,
      heading: 'Recipients',
      body: 'We share your personal data with our hosting provider and our accountant.',
    },
    {
      lang: 'nl',
      title: '# Privacyverklaring',
      passing: (n) => `## Dienst ${n}\n\nVoor dienst ${n} delen wij uw ordernummer met onze betaalprovider.`,
      heading: 'Ontvangers',
      body: 'Wij delen uw persoonsgegevens met onze hostingprovider en onze accountant.',
    },
    {
      lang: 'de',
      title: '# Datenschutzerklärung',
      passing: (n) => `## Dienst ${n}\n\nFür Dienst ${n} geben wir Ihre Bestellnummer an unseren Zahlungsdienstleister weiter.`,
      heading: 'Empfänger',
      body: 'Wir geben Ihre personenbezogenen Daten an unseren Hosting-Dienstleister und unseren Steuerberater weiter.',
    },
    {
      lang: 'fr',
      title: '# Politique de confidentialité',
      passing: (n) => `## Service ${n}\n\nPour le service ${n}, nous transmettons votre numéro de commande à notre prestataire de paiement.`,
      heading: 'Destinataires',
      body: 'Vos données personnelles sont transmises à notre hébergeur et à notre expert-comptable.',
    },
  ];
  for (const c of cases) {
    it(`lists the ${c.lang} section given to the recipients as covering them after six sections that mention them in passing`, () => {
      const text = [c.title, '', ...[1, 2, 3, 4, 5, 6].map(c.passing), '', `## ${c.heading}`, '', c.body, ''].join('\n');
      const analysis = analyzeDocument(text, { language: c.lang, format: 'markdown' });
      const coverage = sectionCoverage(analysis);
      const titles = analysis.model.sections.map((s) => s.title);
      const passing = titles.filter((t) => /\d$/.test(t)).map((t) => coverage[titles.indexOf(t)]!.covered.some((x) => x.id === 'recipients'));
      assert.deepEqual(passing.slice(0, 5), [true, true, true, true, true], 'the first mentions are kept');
      const own = coverage[titles.indexOf(c.heading)]!;
      assert.ok(own.covered.some((x) => x.id === 'recipients'), `${c.heading}: ${own.covered.map((x) => x.id).join()}`);
      const finding = analysis.findings.find((f) => f.id === 'recipients')!;
      assert.match(text.slice(finding.range.start, finding.range.end), /[Ss]ervice 1\b|[Dd]ienst 1\b/, 'the finding still points at the first mention');
    });
  }
});
