import { describe, expect, it } from 'vitest';
import { EmailSet } from '../../lib/csv/dedupe';
import { addressHash, fastValid, secondHash, validatedHash } from '../../lib/csv/address';
import { classifyEmail, emailProblem, looksLikeEmail, type EmailProblem } from '../../lib/csv/email';

describe('emailProblem', () => {
  it('accepts practical addresses', () => {
    for (const ok of [
      'anna@example.com',
      'Anna.Schmidt@Example.COM',
      'first.last+tag@sub.example.co.uk',
      "o'brien@example.ie",
      'x_y-z@ex-ample.de',
      'user@müller.de',
      'user@xn--mller-kva.de',
      'user@example.xn--p1ai',
      'a@b.co',
    ]) {
      expect(emailProblem(ok), ok).toBeNull();
    }
  });

  it('names the problem of invalid addresses', () => {
    const cases: [string, EmailProblem][] = [
      ['john doe@example.com', 'space'],
      ['john@example.com\u200b', 'invisible'],
      ['john\u00a0doe@example.com', 'invisible'],
      ['a@example.com; b@example.com', 'separator'],
      ['a@example.com,', 'separator'],
      ['j\u2013doe@example.com', 'special-character'],
      ['y\ufffdlmaz@example.com', 'lossy'],
      ['john.example.com', 'no-at'],
      ['john@doe@example.com', 'several-at'],
      ['@example.com', 'missing-local'],
      ['john@', 'missing-domain'],
      ['=cmd@example.com', 'formula-start'],
      ['+49@example.com', 'formula-start'],
      ['-x@example.com', 'formula-start'],
      ['john..doe@example.com', 'double-dot'],
      ['john@example..com', 'double-dot'],
      ['.john@example.com', 'dot-position'],
      ['john.@example.com', 'dot-position'],
      ['john@.example.com', 'dot-position'],
      ['john@example.com.', 'dot-position'],
      ['jürgen@example.de', 'non-ascii-local'],
      ['john(x)@example.com', 'invalid-character'],
      ['"john"@example.com', 'invalid-character'],
      [`${'a'.repeat(65)}@example.com`, 'local-too-long'],
      ['john@-example.com', 'invalid-domain'],
      ['john@example-.com', 'invalid-domain'],
      ['john@[192.168.0.1]', 'invalid-domain'],
      ['john@exa_mple.com', 'invalid-domain'],
      [`john@${'a'.repeat(64)}.com`, 'invalid-domain'],
      ['john@localhost', 'missing-tld'],
      ['john@example.c', 'invalid-tld'],
      ['john@1.2.3.4', 'invalid-tld'],
      ['john@example.c0m', 'invalid-tld'],
      ['john@example.xn--', 'invalid-domain'],
    ];
    for (const [address, problem] of cases) expect(emailProblem(address), address).toBe(problem);
  });

  it('agrees with the reference classifier on random near-addresses', () => {
    const alphabet = ['a', 'Z', '0', '.', '.', '@', '-', '_', '+', '=', ' ', 'ü', 'ß', '\u200b', '\u00a0', '"', '(', 'x', 'n', 'c', 'o', 'm'];
    let seed = 42;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const length = 1 + next(24);
      for (let i = 0; i < length; i++) s += alphabet[next(alphabet.length)];
      if (next(2) === 0) s = `${s.replace(/@/g, '')}@ex${s.length % 3 === 0 ? '-' : ''}ample.${['com', 'de', 'c', 'xn--p1ai', '1'][next(5)]}`;
      expect(emailProblem(s), JSON.stringify(s)).toBe(classifyEmail(s));
      // Whatever the fast pass accepts, it hashed exactly as the duplicate memory hashes it.
      if (fastValid(s)) {
        const validated = [validatedHash(), secondHash()];
        expect(validated, JSON.stringify(s)).toEqual([addressHash(s, 0, s.length), secondHash()]);
      }
    }
  });

  it('is linear on hostile input: it reads each character a bounded number of times', () => {
    /** Character reads of one check, counted on a String object that stands in for the value. */
    const readsOf = (value: string): number => {
      let reads = 0;
      const counted = Object.assign(new String(value), {
        charCodeAt(i: number) {
          reads++;
          return value.charCodeAt(i);
        },
      });
      expect(emailProblem(counted as unknown as string)).not.toBeNull();
      return reads;
    };
    for (const n of [1000, 50_000]) {
      const hostile = `${'a.'.repeat(n)}@${'b-'.repeat(n)}`;
      // No backtracking: a small constant number of reads per character, however long the value.
      expect(readsOf(hostile)).toBeLessThanOrEqual(3 * hostile.length);
    }
  });
});

describe('looksLikeEmail', () => {
  it('is loose enough to spot a mistyped address and strict enough to leave headers alone', () => {
    expect(looksLikeEmail('jürgen@example.de')).toBe(true);
    expect(looksLikeEmail('a..b@example.com')).toBe(true);
    expect(looksLikeEmail('E-Mail-Adresse')).toBe(false);
    expect(looksLikeEmail('Email @ work')).toBe(false);
    expect(looksLikeEmail('@example.com')).toBe(false);
    expect(looksLikeEmail('user@example')).toBe(false);
  });
});

describe('EmailSet', () => {
  it('remembers the first row per address, ignoring case', () => {
    const set = new EmailSet(2);
    expect(set.firstRowOrAdd('Anna@Example.com', 2)).toBeUndefined();
    expect(set.firstRowOrAdd('bob@example.com', 3)).toBeUndefined();
    expect(set.firstRowOrAdd('ANNA@EXAMPLE.COM', 4)).toBe(2);
    expect(set.firstRowOrAdd('anna@example.co', 5)).toBeUndefined();
    expect(set.firstRowOrAdd('user@MÜLLER.de', 6)).toBeUndefined();
    expect(set.firstRowOrAdd('USER@müller.DE', 7)).toBe(6);
  });

  it('is fed the same hashes by the validator as by hashing the address on its own', () => {
    const text = 'x,Anna.Mueller@MÜLLER.Example.COM,y,USER@XN--MLLER-KVA.DE,q,a@b.co';
    for (const address of ['Anna.Mueller@MÜLLER.Example.COM', 'USER@XN--MLLER-KVA.DE', 'a@b.co', 'First.Last+tag@sub.example.org']) {
      const start = text.indexOf(address);
      const [from, to] = start === -1 ? [0, address.length] : [start, start + address.length];
      const source = start === -1 ? address : text;
      expect(fastValid(source, from, to)).toBe(true);
      const validated = [validatedHash(), secondHash()];
      expect(validated).toEqual([addressHash(source, from, to), secondHash()]);
      expect(validated).toEqual([addressHash(address.toLowerCase(), 0, address.length), secondHash()]);
    }
  });

  it('grows past its expected size without losing entries', () => {
    const set = new EmailSet(1);
    for (let i = 0; i < 5000; i++) expect(set.firstRowOrAdd(`user${i}@example.com`, i)).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(set.firstRowOrAdd(`USER${i}@EXAMPLE.COM`, -1)).toBe(i);
  });
});
