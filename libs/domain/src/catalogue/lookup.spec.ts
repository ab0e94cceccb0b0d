import { InvalidValueError } from '../shared/domain-error';
import { chooseCatalogueEntries } from './lookup';
import { statutoryCatalogue } from './statutory-catalogue';

describe('choosing catalogue entries to add', () => {
  const [first, second] = statutoryCatalogue;

  it('given no keys, when a trust adds from the catalogue, then every entry is chosen', () => {
    expect(chooseCatalogueEntries(undefined)).toEqual(statutoryCatalogue);
  });

  it('given keys named twice, when chosen, then each entry comes once, in the order asked', () => {
    expect(chooseCatalogueEntries([second.key, first.key, second.key])).toEqual([second, first]);
  });

  it('given keys that are not in the catalogue, when chosen, then a 400 at keys names them', () => {
    let error: unknown;
    try {
      chooseCatalogueEntries([first.key, 'no-such-policy', 'nor-this']);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({
      field: 'keys',
      message: 'keys has entries that are not in the catalogue: no-such-policy, nor-this. GET /api/catalogue lists them.',
    });
  });
});
