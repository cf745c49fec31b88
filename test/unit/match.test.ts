/**
 * The cue matcher: word boundaries, endings, whitespace, and the German spelling variant it
 * handles for every language's tables (a cue written with "ß" also matches "ss").
 */
import * as assert from 'node:assert/strict';
import { all, first, has } from '../../server/src/service/match';

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
