import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, settingsFromUnknown } from '../../server/src/service';

describe('settings of every bad shape', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a string in place of the section', 'en', /settings must be an object/],
    ['a number in place of the section', 42, /settings must be an object/],
    ['an array in place of the section', ['en'], /settings must be an object/],
    ['a boolean in place of the section', true, /settings must be an object/],
    ['a language that is a number', { language: 5 }, /policyAuthor\.language must be one of auto, en, nl\b.*; using "auto"/],
    ['a language in capitals', { language: 'EN' }, /policyAuthor\.language must be one of/],
    ['documents that is an object', { documents: { all: true } }, /policyAuthor\.documents must be one of auto, all, off/],
    ['rules that is an array', { rules: ['right-object'] }, /policyAuthor\.rules must be an object mapping check ids to a severity/],
    ['rules that is a string', { rules: 'off' }, /policyAuthor\.rules must be an object/],
    ['a severity that is not one', { rules: { 'right-object': 'loud' } }, /The severity of "right-object" must be one of error, warning, information, hint, off/],
    ['a severity that is a number', { rules: { 'right-object': 2 } }, /The severity of "right-object"/],
    ['an unknown check id', { rules: { 'right-to-dance': 'off' } }, /There is no check called "right-to-dance"/],
  ];
  for (const [what, value, message] of cases) {
    it(`explains ${what} in words and falls back to the defaults`, () => {
      const { settings, problems } = settingsFromUnknown(value);
      assert.ok(problems.some((p) => message.test(p.message)), JSON.stringify(problems));
      assert.equal(settings.language, DEFAULT_SETTINGS.language);
      assert.equal(settings.documents, DEFAULT_SETTINGS.documents);
      assert.deepEqual(settings.rules, {});
    });
  }

  it('accepts nothing at all (undefined or null) silently as the defaults', () => {
    for (const value of [undefined, null, {}]) assert.deepEqual(settingsFromUnknown(value), { settings: { language: 'auto', documents: 'auto', rules: {} }, problems: [] });
  });

  it('keeps the good values next to the bad ones', () => {
    const { settings, problems } = settingsFromUnknown({ language: 'nl', documents: 'nonsense', rules: { 'right-object': 'hint', nope: 'off' } });
    assert.equal(settings.language, 'nl');
    assert.equal(settings.documents, 'auto');
    assert.deepEqual(settings.rules, { 'right-object': 'hint' });
    assert.equal(problems.length, 2);
  });

  it('does not let "__proto__" or "constructor" as check ids touch the rules object', () => {
    const { settings, problems } = settingsFromUnknown({ rules: JSON.parse('{"__proto__": "off", "constructor": "off", "toString": "off"}') });
    assert.equal(Object.getPrototypeOf(settings.rules), Object.prototype);
    assert.deepEqual(Object.keys(settings.rules), []);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /There are no checks called "__proto__", "constructor", "toString"; those settings are ignored\./);
  });

  it('reports a thousand unknown check ids as one short message', () => {
    const rules = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`made-up-${i}`, 'off']));
    const { problems } = settingsFromUnknown({ rules });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /"made-up-0", "made-up-1", "made-up-2", "made-up-3", "made-up-4" and 995 more; those settings are ignored\./);
  });

  it('shortens a very long or multi-line check id in its message', () => {
    const { problems } = settingsFromUnknown({ rules: { ['x'.repeat(500) + '\nsecond line']: 'off' } });
    assert.equal(problems.length, 1);
    assert.ok(problems[0]!.message.length < 150, problems[0]!.message);
    assert.ok(!problems[0]!.message.includes('\n'));
  });
});
