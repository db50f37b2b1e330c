import { normaliseEmail, normalisePhone } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['+14155552671', undefined, '+14155552671'],
    ['+1 (415) 555-2671', undefined, '+14155552671'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['98765 43210', 'IN', '+919876543210'],
    ['98765-43210', 'in', '+919876543210'],
    ['+91 98765 43210', 'GB', '+919876543210'],
    ['0044 20 7946 0958', 'IN', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['  +44 20 7946 0958  ', undefined, '+442079460958'],
    ['whatsapp:+919876543210', undefined, '+919876543210'],
  ])('%s (default %s) is %s', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', undefined, /empty/],
    ['   ', 'IN', /empty/],
    ['abc', undefined, /not an international phone number/],
    ['abc', 'IN', /not a phone number/],
    ['98765 43210', undefined, /not an international phone number/],
    ['+1555', undefined, /not a valid phone number/],
    ['12345', 'IN', /not a valid phone number/],
    ['+1 415 555 2671 ext 12', undefined, /extension/],
    ['9876543210', 'XX', /Unknown country code XX/],
  ])('%j (default %s) is refused: %s', (raw, country, reason) => {
    const result = normalisePhone(raw, country);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['asha@example.com', 'asha@example.com'],
    ['  Asha.Verma@Example.COM ', 'asha.verma@example.com'],
    ['a+crm@mail.city-general.example', 'a+crm@mail.city-general.example'],
    ["o'brien@example.ie", "o'brien@example.ie"],
  ])('%j is %s', (raw, email) => {
    expect(normaliseEmail(raw)).toEqual({ ok: true, email });
  });

  it.each([
    ['', /empty/],
    ['asha', /not an email address/],
    ['@example.com', /not an email address/],
    ['asha@', /not an email address/],
    ['asha..verma@example.com', /before the @/],
    ['asha verma@example.com', /before the @/],
    [`${'a'.repeat(65)}@example.com`, /before the @/],
    ['asha@localhost', /invalid domain/],
    ['asha@-example.com', /invalid domain/],
    ['asha@example..com', /invalid domain/],
    ['asha@127.0.0.1', /invalid domain/],
    [`asha@${'a'.repeat(250)}.com`, /longer than 254/],
  ])('%j is refused: %s', (raw, reason) => {
    const result = normaliseEmail(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
