import { expect } from '@open-wc/testing';
import { containsSecret, redact } from '../../src/core/redact.js';

describe('redact: what free text may be stored or sent', () => {
  it('hides passwords and PINs introduced in English, German, French, Dutch and Spanish', () => {
    const cases: [string, string][] = [
      ['my password is Hunter2!', 'my password is [password]'],
      ['pw: Hunter2', 'pw: [password]'],
      ['passwort: Geheim123', 'passwort: [password]'],
      ['kennwort Geheim123', 'kennwort [password]'],
      ['Mein Passwort ist Sommer2026', 'Mein Passwort ist [password]'],
      ['mon mot de passe est Soleil!42', 'mon mot de passe est [password]'],
      ['mdp: azerty', 'mdp: [password]'],
      ['mijn wachtwoord is Tulp#88', 'mijn wachtwoord is [password]'],
      ['mi contraseña es Hola1234', 'mi contraseña es [password]'],
      ['contrasena=secreto', 'contrasena=[password]'],
      ['PIN 4821 for the printer', 'PIN [password] for the printer'],
      ['pincode: 0000', 'pincode: [password]'],
      ['token=abcdefghijklmnop1234', 'token=[password]'],
    ];
    for (const [text, expected] of cases) expect(redact(text), text).to.equal(expected);
  });

  it('keeps ordinary help questions about passwords', () => {
    for (const text of [
      'password reset',
      'reset my password',
      'my password is expired',
      'my password is not working',
      'Passwort ändern',
      'Passwort Zurücksetzen',
      'kennwort vergessen',
      'mot de passe oublié',
      'wachtwoord is verlopen',
      'contraseña olvidada',
      'what is my PIN?',
      'the password is a problem',
      'vpn not connecting',
      'INC0012001',
      'order 12345678',
      'Windows 11 upgrade',
    ]) {
      expect(redact(text), text).to.equal(text);
      expect(containsSecret(text), text).to.equal(false);
    }
  });

  it('hides card numbers with any separator when the Luhn check passes', () => {
    expect(redact('card 4111.1111.1111.1111')).to.equal('card [card]');
    expect(redact('4111 1111 1111 1111')).to.equal('[card]');
    expect(redact('visa 4111-1111-1111-1111 expired')).to.equal('visa [card] expired');
    expect(redact('4111/1111/1111/1111')).to.equal('[card]');
    expect(redact('amex 378282246310005')).to.equal('amex [card]');
    expect(redact('4111111111111112'), 'fails Luhn').to.equal('4111111111111112');
  });

  it('hides IBANs that pass mod 97, also when words follow', () => {
    expect(redact('DE89 3704 0044 0532 0130 00')).to.equal('[iban]');
    expect(redact('refund to nl91abna0417164300 please')).to.equal('refund to [iban] please');
    expect(redact('GB82-WEST-1234-5698-7654-32')).to.equal('[iban]');
    expect(redact('DE89 3704 0044 0532 0130 01'), 'wrong check digits').to.not.contain('[iban]');
  });

  it('hides national ids: US SSN, UK NI number, Spanish DNI, named Dutch BSN', () => {
    expect(redact('ssn 123-45-6789')).to.equal('ssn [national-id]');
    expect(redact('SSN: 123456789')).to.equal('[national-id]');
    expect(redact('NI number AB 12 34 56 C')).to.equal('NI number [national-id]');
    expect(redact('DNI 12345678Z')).to.equal('DNI [national-id]');
    expect(redact('bsn 111222333')).to.equal('[national-id]');
  });

  it('hides JWTs, bearer tokens, API keys and e-mail addresses', () => {
    expect(redact('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123')).to.equal('[token]');
    expect(redact('Authorization: Bearer abc.def-123_ghi')).to.equal('Authorization: [token]');
    expect(redact('key ghp_4f9aK2LmQ8xZ7wP3nB6vT1rY5sD0 leaked')).to.equal('key [token] leaked');
    expect(redact('mail sam.rivera@larkspur.example about it')).to.equal('mail [email] about it');
    expect(redact('bearer token not working')).to.equal('bearer token not working');
  });

  it('stays fast on long hostile input', () => {
    const start = performance.now();
    redact(`${'a'.repeat(20_000)} ${'1 '.repeat(5_000)} ${'x@'.repeat(5_000)} ${'pw '.repeat(3_000)}`);
    expect(performance.now() - start).to.be.below(500);
  });
});
