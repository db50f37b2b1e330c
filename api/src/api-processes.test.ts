import { apiProcessCount } from './api-processes';

describe('apiProcessCount (API_PROCESSES)', () => {
  it('serves from this one process when unset or blank', () => {
    expect(apiProcessCount(undefined, 8)).toBe(1);
    expect(apiProcessCount('  ', 8)).toBe(1);
  });

  it('starts one process per core for auto, and the number asked for otherwise', () => {
    expect(apiProcessCount('auto', 8)).toBe(8);
    expect(apiProcessCount('3', 8)).toBe(3);
    expect(apiProcessCount('1', 8)).toBe(1);
  });

  it.each(['0', '-2', '1.5', 'two', '65'])('refuses %p, naming the setting', (value) => {
    expect(() => apiProcessCount(value, 8)).toThrow(/API_PROCESSES must be a whole number from 1 to 64, or "auto"/);
  });
});
