import { NotFoundError } from '../shared/domain-error';
import { policyDecider } from '../policy/decider';
import { approvers, policyScopes } from '../policy/policy-values';
import { testContext } from '../testing/decider-spec';
import { policyCategories } from './catalogue-entry';
import { catalogueEntry, findCatalogueEntry, registerFromCatalogue } from './lookup';
import { statutoryCatalogue } from './statutory-catalogue';
import { SCHOOL_PHASES } from '../trust/school-values';

describe('statutoryCatalogue', () => {
  it('has unique keys and titles', () => {
    const keys = statutoryCatalogue.map((e) => e.key);
    const titles = statutoryCatalogue.map((e) => e.title);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('covers the policies an academy trust must keep', () => {
    const keys = statutoryCatalogue.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'safeguarding-child-protection',
        'behaviour',
        'complaints',
        'charging-remissions',
        'send-information-report',
        'equality-information-objectives',
        'data-protection',
        'health-and-safety',
        'admissions-arrangements',
        'accessibility-plan',
        'relationships-sex-education',
        'staff-discipline-grievance',
        'whistleblowing',
        'supporting-medical-conditions',
        'first-aid',
        'attendance',
        'early-career-teachers',
        'suspensions-exclusions',
        'pay',
        'capability',
        'freedom-of-information',
        'online-safety',
      ]),
    );
  });

  it('uses the cycles of DfE guidance: most annual, accessibility plan 3 years, equality objectives 4 years', () => {
    expect(catalogueEntry('accessibility-plan').reviewCycleMonths).toBe(36);
    expect(catalogueEntry('equality-information-objectives').reviewCycleMonths).toBe(48);
    expect(catalogueEntry('safeguarding-child-protection').reviewCycleMonths).toBe(12);
    const annual = statutoryCatalogue.filter((e) => e.reviewCycleMonths === 12).length;
    expect(annual).toBeGreaterThan(statutoryCatalogue.length / 2);
  });

  it('has only valid scopes, approvers, categories and cycles, and names legislation for every entry', () => {
    for (const entry of statutoryCatalogue) {
      expect(policyScopes).toContain(entry.scope);
      expect(approvers).toContain(entry.approver);
      expect(policyCategories).toContain(entry.category);
      expect(entry.reviewCycleMonths).toBeGreaterThanOrEqual(1);
      expect(entry.reviewCycleMonths).toBeLessThanOrEqual(60);
      expect(entry.legislation.length).toBeGreaterThan(0);
    }
  });

  it('registers every entry through the policy decider unchanged', () => {
    statutoryCatalogue.forEach((entry, index) => {
      const command = registerFromCatalogue(entry, {
        policyId: `pol-${index}`,
        trustId: 'trust-1',
      });
      const [event] = policyDecider.decide(command, policyDecider.initialState(), testContext);
      expect(event).toEqual({
        type: 'PolicyRegistered',
        data: {
          policyId: `pol-${index}`,
          trustId: 'trust-1',
          title: entry.title,
          scope: entry.scope,
          reviewCycleMonths: entry.reviewCycleMonths,
          approver: entry.approver,
          statutory: entry.statutory,
          eiaRequired: entry.eiaRequired,
          category: entry.category,
          legislation: [...entry.legislation],
          linkedPolicies: [],
          catalogueKey: entry.key,
          appliesTo: [...entry.appliesTo],
          acknowledgementRequired: entry.acknowledgementRequired,
        },
      });
    });
  });

  it('applies the careers statement to schools with pupils in years 8 to 13, not to primary or nursery schools', () => {
    expect(catalogueEntry('careers-provider-access').appliesTo).toEqual(['secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus']);
  });

  it('applies safeguarding, behaviour, SEND and RSE (in different words) to every phase', () => {
    for (const key of ['safeguarding-child-protection', 'behaviour', 'send-information-report', 'relationships-sex-education']) {
      expect(catalogueEntry(key).appliesTo).toEqual([...SCHOOL_PHASES]);
    }
  });

  it('gives a reason exactly for the entries that do not apply to every phase, and lists known phases only', () => {
    for (const entry of statutoryCatalogue) {
      const all = entry.appliesTo.length === SCHOOL_PHASES.length;
      expect({ key: entry.key, reason: entry.appliesToReason !== null }).toEqual({ key: entry.key, reason: !all });
      expect(entry.appliesTo.length).toBeGreaterThan(0);
      for (const phase of entry.appliesTo) expect(SCHOOL_PHASES).toContain(phase);
    }
  });
});

describe('catalogue lookup', () => {
  it('finds an entry by key', () => {
    expect(findCatalogueEntry('behaviour')?.approver).toBe('headteacher');
    expect(findCatalogueEntry('nonsense')).toBeUndefined();
  });

  it('answers 404 for an unknown key', () => {
    expect(() => catalogueEntry('social-media')).toThrow(NotFoundError);
    expect(() => catalogueEntry('social-media')).toThrow(
      'Catalogue entry social-media was not found',
    );
  });
});
