import { neutraliseFormula, restoreNeutralised } from './csv-safety';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+15550100001', "'+15550100001"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['John', 'John'],
    ['john@example.com', 'john@example.com'],
    ['a=b', 'a=b'],
    ['', ''],
    [" '=already", " '=already"],
    ["'=stored with an apostrophe", "''=stored with an apostrophe"],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('restoreNeutralised', () => {
  it.each([
    ["'+15550100001", '+15550100001'],
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'@x", '@x'],
    ["O'Brien", "O'Brien"],
    ["'quoted'", "'quoted'"],
    ["''=x", "'=x"],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(restoreNeutralised(input)).toBe(expected);
  });

  it('round-trips every value the export writes', () => {
    for (const value of ['=1+1', '+44 20', '-', '@', 'Jane', "'=x"]) expect(restoreNeutralised(neutraliseFormula(value))).toBe(value);
  });
});
