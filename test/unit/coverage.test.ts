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

  it('does not credit a section with items it does not mention', () => {
    const purposes = at('What we use your data for');
    assert.ok(!purposes.covered.some((c) => c.id.startsWith('right-')));
    assert.ok(purposes.covered.some((c) => c.id === 'purposes'));
  });
});
