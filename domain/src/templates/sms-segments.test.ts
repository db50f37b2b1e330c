import { gsmSeptets, smsSegments, type SmsSegments } from './sms-segments';

const a = (n: number) => 'a'.repeat(n);

describe('smsSegments', () => {
  it.each<[string, string, SmsSegments]>([
    ['an empty text', '', { encoding: 'GSM-7', length: 0, segments: 0, perSegment: 160 }],
    ['a short greeting', 'Hello', { encoding: 'GSM-7', length: 5, segments: 1, perSegment: 160 }],
    ['exactly 160 characters', a(160), { encoding: 'GSM-7', length: 160, segments: 1, perSegment: 160 }],
    ['161 characters', a(161), { encoding: 'GSM-7', length: 161, segments: 2, perSegment: 153 }],
    ['two full parts', a(306), { encoding: 'GSM-7', length: 306, segments: 2, perSegment: 153 }],
    ['one over two full parts', a(307), { encoding: 'GSM-7', length: 307, segments: 3, perSegment: 153 }],
    ['a euro sign (extension table: 2 septets)', 'Fee: 10€', { encoding: 'GSM-7', length: 9, segments: 1, perSegment: 160 }],
    ['brackets, braces, caret, tilde, pipe, backslash', '[]{}^~|\\', { encoding: 'GSM-7', length: 16, segments: 1, perSegment: 160 }],
    ['80 euro signs fill one message', '€'.repeat(80), { encoding: 'GSM-7', length: 160, segments: 1, perSegment: 160 }],
    ['159 letters and a euro sign overflow it', a(159) + '€', { encoding: 'GSM-7', length: 161, segments: 2, perSegment: 153 }],
    // 2 + 75×2 = 152 fits the first part; the next € would straddle it, so it starts the second.
    ['an escape pair is never split across parts', 'aa' + '€'.repeat(152), { encoding: 'GSM-7', length: 306, segments: 3, perSegment: 153 }],
    ['GSM accented letters and line breaks', 'Café à Zürich?\nÑandù ¿¡', { encoding: 'GSM-7', length: 23, segments: 1, perSegment: 160 }],
    ['an emoji forces UCS-2 and counts 2', 'Hi 😀', { encoding: 'UCS-2', length: 5, segments: 1, perSegment: 70 }],
    ['70 UCS-2 units fit one message', 'ç' + a(69), { encoding: 'UCS-2', length: 70, segments: 1, perSegment: 70 }],
    ['71 UCS-2 units make two parts', 'ç' + a(70), { encoding: 'UCS-2', length: 71, segments: 2, perSegment: 67 }],
    // 66 + 2 would be 68 > 67: the emoji opens part two, whose 67 units leave one letter for part three.
    ['a surrogate pair is never split across parts', a(66) + '😀' + a(66), { encoding: 'UCS-2', length: 134, segments: 3, perSegment: 67 }],
    ['Cyrillic', 'Привет', { encoding: 'UCS-2', length: 6, segments: 1, perSegment: 70 }],
    ['Devanagari', 'नमस्ते', { encoding: 'UCS-2', length: 6, segments: 1, perSegment: 70 }],
    ['a lower-case c-cedilla (only Ç is GSM)', 'ç', { encoding: 'UCS-2', length: 1, segments: 1, perSegment: 70 }],
  ])('%s', (_case, text, expected) => {
    expect(smsSegments(text)).toEqual(expected);
  });

  it.each<[string, 0 | 1 | 2]>([
    ['A', 1],
    ['@', 1],
    ['£', 1],
    ['\n', 1],
    ['€', 2],
    ['{', 2],
    ['\\', 2],
    ['`', 0],
    ['😀', 0],
    ['ó', 0],
  ])('%p takes %i septets', (char, septets) => {
    expect(gsmSeptets(char)).toBe(septets);
  });
});
