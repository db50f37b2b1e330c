import crypto from 'node:crypto';
import { BodyCipherConfigError, createBodyCipher } from './body-cipher';

const key = () => crypto.randomBytes(32).toString('base64');

describe('body cipher', () => {
  const k1 = key();
  const k2 = key();

  it('seals a body so the stored text does not contain it, and opens it again', () => {
    const cipher = createBodyCipher(`k1:${k1}`);
    const sealed = cipher.encrypt('Your MRI is booked for 9:00 tomorrow');
    expect(sealed.bodyKeyId).toBe('k1');
    expect(sealed.body).not.toContain('MRI');
    expect(cipher.decrypt(sealed.body, sealed.bodyKeyId)).toBe('Your MRI is booked for 9:00 tomorrow');
  });

  it('uses a fresh IV per message', () => {
    const cipher = createBodyCipher(`k1:${k1}`);
    expect(cipher.encrypt('same').body).not.toBe(cipher.encrypt('same').body);
  });

  it('reads bodies sealed with an older key after rotation', () => {
    const old = createBodyCipher(`k1:${k1}`).encrypt('before rotation');
    const rotated = createBodyCipher(`k2:${k2},k1:${k1}`, 'k2');
    expect(rotated.encrypt('x').bodyKeyId).toBe('k2');
    expect(rotated.decrypt(old.body, old.bodyKeyId)).toBe('before rotation');
  });

  it('refuses a tampered body', () => {
    const cipher = createBodyCipher(`k1:${k1}`);
    const sealed = Buffer.from(cipher.encrypt('do not change me').body, 'base64');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decrypt(sealed.toString('base64'), 'k1')).toThrow();
  });

  it('returns rows stored without a key id as they are', () => {
    expect(createBodyCipher(`k1:${k1}`).decrypt('plain', null)).toBe('plain');
  });

  it.each([
    ['', /empty/],
    ['k1', /id:base64key/],
    ['k1:c2hvcnQ=', /32 bytes/],
    [`k1:${k1},k1:${k2}`, /twice/],
  ])('rejects the key list %p', (spec, message) => {
    expect(() => createBodyCipher(spec)).toThrow(message);
    expect(() => createBodyCipher(spec)).toThrow(BodyCipherConfigError);
  });

  it('rejects an active key id that is not configured', () => {
    expect(() => createBodyCipher(`k1:${k1}`, 'k9')).toThrow(/not among/);
  });
});
