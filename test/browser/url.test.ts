import { expect } from '@open-wc/testing';
import { safeHttpUrl, isUnavailableUrn } from '../../src/content/url.js';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://example.no/a?b=1')).to.equal('https://example.no/a?b=1');
    expect(safeHttpUrl(' http://example.no ')).to.equal('http://example.no/');
  });
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative/path',
    'urn:dialogporten:unauthorized',
    'urn:dialogporten:expired',
    'https://',
    'https://www.altinn.no@evil.example/login', // a trusted name before the @, another host after it
    'https://user:pass@tjenester.example.no/a',
    'http:/evil.example',
    'file:///etc/passwd',
    '',
  ];
  for (const url of hostile) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeHttpUrl(url)).to.equal(null);
    });
  }
  it('refuses non-strings', () => {
    expect(safeHttpUrl(undefined)).to.equal(null);
    expect(safeHttpUrl({ toString: () => 'https://x.no' })).to.equal(null);
  });
  it('recognises the unavailable markers', () => {
    expect(isUnavailableUrn('urn:dialogporten:unauthorized')).to.equal(true);
    expect(isUnavailableUrn('urn:dialogporten:expired')).to.equal(true);
    expect(isUnavailableUrn('https://x.no')).to.equal(false);
  });
});
