import * as assert from 'node:assert/strict';
import { AUTHORITIES, AUTHORITY_IDS, authorityWebsite } from '../../server/src/service/data/authorities';

describe('Supervisory authorities', function () {
  it('names every authority in English, Dutch, German and French and links to an https website', function () {
    for (const id of AUTHORITY_IDS) {
      const a = AUTHORITIES[id];
      assert.equal(a.id, id);
      for (const lang of ['en', 'nl', 'de', 'fr'] as const) assert.ok(a.names[lang].trim(), `${id} has no ${lang} name`);
      assert.match(a.website, /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
    }
  });

  it('gives the Belgian authority its Dutch and French official names and a site per language', function () {
    assert.equal(AUTHORITIES.be.names.nl, 'Gegevensbeschermingsautoriteit');
    assert.equal(AUTHORITIES.be.names.fr, 'Autorité de protection des données');
    assert.equal(authorityWebsite('be', 'nl'), 'https://www.gegevensbeschermingsautoriteit.be');
    assert.equal(authorityWebsite('be', 'fr'), 'https://www.autoriteprotectiondonnees.be');
    assert.equal(authorityWebsite('nl', 'en'), 'https://www.autoriteitpersoonsgegevens.nl');
  });
});
