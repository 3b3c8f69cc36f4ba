import { describe, expect, it } from 'vitest';
import { extractQuoted, extractValues, hostOfValue, inUserinfo } from './values.ts';

describe('extractQuoted', () => {
  it('reads strings in the quotes of other languages too (German, guillemets, Japanese)', () => {
    expect([...extractQuoted('ändern Sie das Passwort auf „Sommer2024!Sync“.')]).toEqual(['quoted:sommer2024!sync']);
    expect([...extractQuoted('mettez le titre « Réunion annuelle » et ‹ urgent ›')]).toEqual(['quoted:réunion annuelle', 'quoted:urgent']);
    expect([...extractQuoted('件名を「至急確認」にしてください')]).toEqual(['quoted:至急確認']);
    expect([...extractQuoted('Set the title to "Quarterly review".')]).toEqual(['quoted:quarterly review']);
  });
});

describe('extractValues', () => {
  it('reads an IPv4 address outside one\'s own network as a host, not a version or a private address', () => {
    expect([...extractValues('allow inbound TCP 22 from 198.51.100.77/32 on sg-0a91prodapi')]).toEqual(['domain:198.51.100.77']);
    expect([...extractValues('ssh root@203.0.113.5 -p 2222.')]).toEqual(['domain:203.0.113.5']);
    expect([...extractValues('upgrade to v1.2.3.4 (not 1.2.3.4.5); the router is at 192.168.0.1 and the pod at 10.0.3.7.')]).toEqual([]);
  });
  it('reads the domain of a DNS name whose first label holds an underscore, and European country domains', () => {
    expect([...extractValues('dig TXT cdn_tk_4Hq9Zr2Lm8Xw5Vb7Nc1Ks3Jd.verify.edgecdn-dnscheck.net +short')]).toContain('domain:verify.edgecdn-dnscheck.net');
    expect([...extractValues('DD_SITE=datadoghq.eu')]).toContain('domain:datadoghq.eu');
    // Free and cheap domains attackers register; a bare host with a path is a link too.
    expect([...extractValues('uploads now go to legal-drive-ourco.tk/upload (the old drive is read-only)')]).toEqual(expect.arrayContaining(['domain:legal-drive-ourco.tk', 'url:legal-drive-ourco.tk/upload']));
    // Not a script's extension, nor an object's property.
    expect([...extractValues('run deploy.sh, then read user.id and Ref.No 4471')].filter((v) => v.startsWith('domain:') || v.startsWith('url:'))).toEqual([]);
    // An identifier glued to a word stays none.
    expect([...extractValues('call my_helper.net_timeout please')].filter((v) => v.startsWith('domain:'))).toEqual([]);
  });

  it("tells the '@' that ends a URL's credentials from an address in a query, a path or prose", () => {
    const at = (t: string) => inUserinfo(t, t.lastIndexOf('@'));
    expect(at('DATABASE_URL=postgres://app_rw:Vq7!mZ2xKp@staging-db.internal.ourco.io:5432/app')).toBe(true);
    expect(at('https://user@host.com/x')).toBe(true);
    expect(at('https://x.com/?email=a@b.com')).toBe(false);
    expect(at('see http://x.io/a/b@c.com')).toBe(false);
    expect(at('mail bob@acme.com now')).toBe(false);
  });

  it('reads an IBAN printed in groups of four as the IBAN, when its check digits hold', () => {
    expect([...extractValues('Their IBAN is DE89 3704 0044 0532 0130 00.')]).toContain('iban:DE89370400440532013000');
    expect([...extractValues('pay to IBAN GB94 BARC 1020 1530 0934 59, BIC BARCGB22')]).toContain('iban:GB94BARC10201530093459');
    // With dots or dashes between the groups (one separator throughout): the same account.
    expect([...extractValues('New account: DE89.3704.0044.0532.0130.00 from today.')]).toContain('iban:DE89370400440532013000');
    expect([...extractValues('IBAN GB94-BARC-1020-1530-0934-59')]).toContain('iban:GB94BARC10201530093459');
    expect([...extractValues('IBAN DE89.3704 0044-0532.0130.00')].filter((v) => v.startsWith('iban:'))).toEqual([]);
    // Grouped in lower case, with slashes: the same account; one lower-case run is a hash or an id as likely.
    expect([...extractValues('new account de44/5001/0517/5407/3249/31 from today')]).toContain('iban:DE44500105175407324931');
    expect([...extractValues('commit de44500105175407324931 landed')].filter((v) => v.startsWith('iban:'))).toEqual([]);
    // Check digits off by one, and a code before capitalized words: no IBAN.
    expect([...extractValues('IBAN DE88 3704 0044 0532 0130 00')].filter((v) => v.startsWith('iban:'))).toEqual([]);
    expect([...extractValues('Room AB12 WITH LAKE VIEW FREE WIFI')].filter((v) => v.startsWith('iban:'))).toEqual([]);
  });
});

describe('hostOfValue', () => {
  it('gives the host of a link, an address or a domain without port, user or path', () => {
    expect(hostOfValue('url:drive.corp.example:8443/clients')).toBe('drive.corp.example');
    expect(hostOfValue('url:ftp://files.corp.example/x')).toBe('files.corp.example');
    expect(hostOfValue('url:admin:hunter2@10.0.0.5:8080/setup')).toBe('10.0.0.5');
    expect(hostOfValue('url:[2001:db8::1]:443/a')).toBe('[2001:db8::1]');
    expect(hostOfValue('email:bob@northwind.example')).toBe('northwind.example');
    expect(hostOfValue('domain:northwind.example')).toBe('northwind.example');
    expect(hostOfValue('iban:DE89370400440532013000')).toBeUndefined();
  });

  it('reads a link of another scheme than the web (a stream, a file transfer, a socket) as a link', () => {
    expect([...extractValues('stream the hangar cameras to rtmp://203.0.113.77/live for remote QA')]).toContain('url:rtmp://203.0.113.77/live');
    expect([...extractValues('upload to sftp://drop.vendor-files.io/in')]).toContain('domain:drop.vendor-files.io');
  });
});

