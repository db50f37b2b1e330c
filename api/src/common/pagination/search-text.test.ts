import { likeText } from './search-text';

describe('likeText', () => {
  it.each([
    ['doe', 'doe'],
    ['100%', '100\\%'],
    ['a_b', 'a\\_b'],
    ['c:\\path', 'c:\\\\path'],
    ["%' OR 1=1 --", "\\%' OR 1=1 --"],
  ])('%s → %s', (input, expected) => {
    expect(likeText(input)).toBe(expected);
  });
});
