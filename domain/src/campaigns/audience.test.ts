import { checkAudience, excludedTagNames, SEED_AUDIENCE_EXAMPLE, type AudienceSpec } from './audience';

function problems(input: unknown): string[] {
  const check = checkAudience(input);
  if (check.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return check.problems.map((p) => `${p.field} | ${p.message}`);
}

describe('checkAudience', () => {
  it('accepts the seed’s example as it is', () => {
    expect(checkAudience(SEED_AUDIENCE_EXAMPLE)).toEqual({ ok: true, audience: SEED_AUDIENCE_EXAMPLE });
  });

  it.each<[string, unknown, AudienceSpec]>([
    ['an empty spec (everyone reachable)', {}, {}],
    ['names trimmed, repeats dropped ignoring case', { tags: [' VIP ', 'vip', 'Corporate'] }, { tags: ['VIP', 'Corporate'] }],
    ['empty optional lists dropped', { gender: [], conditions: [], excludeTags: [] }, {}],
    ['a one-sided age range', { ageRange: { min: 65 } }, { ageRange: { min: 65 } }],
    ['min equal to max', { engagementScore: { min: 70, max: 70 } }, { engagementScore: { min: 70, max: 70 } }],
    ['repeated contact types', { contactTypes: ['LEAD', 'LEAD'], engagementScore: { min: 0 } }, { contactTypes: ['LEAD'], engagementScore: { min: 0 } }],
    ['departments for leads only', { contactTypes: ['LEAD'], departments: ['Cardiology'] }, { contactTypes: ['LEAD'], departments: ['Cardiology'] }],
  ])('normalises %s', (_name, input, expected) => {
    expect(checkAudience(input)).toEqual({ ok: true, audience: expected });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', ['PATIENT'], [' | the audience must be an object of filters']],
    ['null', null, [' | the audience must be an object of filters']],
    ['an unknown filter', { city: 'Pune' }, ['city | unknown audience filter "city"']],
    ['an unknown key inside a range', { ageRange: { min: 1, from: 2 } }, ['ageRange.from | unknown ageRange field "from"']],
    ['no contact types', { contactTypes: [] }, ['contactTypes | contactTypes must name PATIENT, LEAD or both']],
    ['an unknown contact type', { contactTypes: ['DOCTOR'] }, ['contactTypes | contactTypes must be a list of PATIENT, LEAD']],
    ['an unknown gender', { gender: ['male'] }, ['gender | gender must be a list of MALE, FEMALE, OTHER']],
    ['an inverted age range', { ageRange: { min: 60, max: 30 } }, ['ageRange.max | ageRange.max (30) must not be below ageRange.min (60)']],
    ['a negative age', { ageRange: { min: -1 } }, ['ageRange.min | ageRange.min must be a whole number from 0 to 130']],
    ['a fractional age', { ageRange: { max: 40.5 } }, ['ageRange.max | ageRange.max must be a whole number from 0 to 130']],
    ['an empty age range', { ageRange: {} }, ['ageRange | ageRange needs a min, a max or both']],
    ['an age range that is not an object', { ageRange: '30-60' }, ['ageRange | ageRange must be an object like { "min": …, "max": … }']],
    ['a zero-day visit window', { lastVisit: { within: 0 } }, ['lastVisit.within | lastVisit.within must be a whole number of days from 1 to 3650']],
    ['a visit window as text', { lastVisit: { within: '90' } }, ['lastVisit.within | lastVisit.within must be a whole number of days from 1 to 3650']],
    ['a score above 100', { engagementScore: { min: 101 } }, ['engagementScore.min | engagementScore.min must be a whole number from 0 to 100']],
    ['a score without min', { engagementScore: { max: 80 } }, ['engagementScore.min | engagementScore.min is required']],
    ['a blank tag', { tags: ['VIP', ' '] }, ['tags.1 | each entry of tags must be text of 1 to 100 characters']],
    ['a tag that is not text', { excludeTags: [7] }, ['excludeTags.0 | each entry of excludeTags must be text of 1 to 100 characters']],
    ['too many conditions', { conditions: Array.from({ length: 51 }, (_, i) => `c${i}`) }, ['conditions | conditions must be a list of at most 50 names']],
    ['a department name too long', { departments: ['x'.repeat(101)] }, ['departments.0 | each entry of departments must be text of 1 to 100 characters']],
    ['doNotMarket: true', { doNotMarket: true }, ['doNotMarket | doNotMarket can only be false: contacts who opted out of marketing are never in a campaign']],
    [
      'conditions for leads only',
      { contactTypes: ['LEAD'], conditions: ['diabetes'] },
      ['conditions | conditions applies to patients only; add PATIENT to contactTypes or remove conditions'],
    ],
    [
      'a visit window for leads only',
      { contactTypes: ['LEAD'], lastVisit: { within: 30 } },
      ['lastVisit | lastVisit applies to patients only; add PATIENT to contactTypes or remove lastVisit'],
    ],
    [
      'a score and tags for patients only',
      { contactTypes: ['PATIENT'], engagementScore: { min: 10 }, tags: ['VIP'] },
      [
        'engagementScore | engagementScore applies to leads only; add LEAD to contactTypes or remove engagementScore',
        'tags | tags applies to leads only; add LEAD to contactTypes or remove tags',
      ],
    ],
    [
      'several problems at once',
      { ageRange: { min: 'thirty' }, gender: 'MALE', extra: 1 },
      [
        'extra | unknown audience filter "extra"',
        'ageRange.min | ageRange.min must be a whole number from 0 to 130',
        'gender | gender must be a list of MALE, FEMALE, OTHER',
      ],
    ],
  ])('refuses %s, naming the field', (_name, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});

describe('excludedTagNames', () => {
  it('always holds do-not-contact, in lower case and once', () => {
    expect(excludedTagNames({})).toEqual(['do-not-contact']);
    expect(excludedTagNames({ excludeTags: ['Do-Not-Contact', 'Moved Away'] })).toEqual(['do-not-contact', 'moved away']);
  });
});
