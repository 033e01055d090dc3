import { expect } from '@open-wc/testing';
import { EMBED_MAX_BYTES, EmbedCache, embedFormat, fetchEmbed } from '../../src/content/embed.js';
import type { ContentValue } from '../../src/api/types.js';
import { echoLog, echoReset, testEnv } from './helpers.js';

const MD = 'application/vnd.dialogporten.frontchannelembed-url;type=text/markdown';
async function ref(path: string, mediaType = MD): Promise<ContentValue> {
  const { echoUrl } = await testEnv();
  return { mediaType, value: [{ languageCode: 'en', value: `${echoUrl}${path}?lang=en` }, { languageCode: 'nb', value: `${echoUrl}${path}` }] };
}

describe('front-channel embeds over real HTTP', () => {
  beforeEach(async () => {
    await echoReset();
    document.cookie = 'portal=1; path=/';
  });

  it('knows the current and the deprecated media types', () => {
    expect(embedFormat(MD)).to.equal('text/markdown');
    expect(embedFormat('application/vnd.dialogporten.frontchannelembed-url;type=text/html')).to.equal('text/html');
    expect(embedFormat('application/vnd.dialogporten.frontchannelembed+json;type=markdown')).to.equal('text/markdown');
    expect(embedFormat('application/vnd.dialogporten.frontchannelembed+json;type=html')).to.equal('text/html');
    expect(embedFormat('text/html')).to.equal(null);
    expect(embedFormat(undefined)).to.equal(null);
  });

  it('fetches the localization of the UI language with the dialog token, Accept-Language and no cookies', async () => {
    const result = await fetchEmbed(await ref('/embed/200/text~markdown/200'), { dialogToken: 'dt', lang: 'nb' });
    expect(result.kind).to.equal('content');
    const [request] = await echoLog();
    expect(request.path).to.equal('/embed/200/text~markdown/200');
    expect(request.headers.authorization).to.equal('Bearer dt');
    expect(request.headers['accept-language']).to.equal('nb');
    expect(request.headers.cookie).to.equal(undefined);
  });

  it('refuses an embed from the Dialogporten API (the dialog token never goes there); the rest of its origin is fine', async () => {
    const { echoUrl } = await testEnv();
    const result = await fetchEmbed(await ref('/api/v1/embed/200/text~markdown/200'), { dialogToken: 'dt', lang: 'nb', apiBase: echoUrl });
    expect(result).to.deep.equal({ kind: 'failed', reason: 'unsafe-url' });
    expect(await echoLog()).to.have.length(0);
    const beside = await fetchEmbed(await ref('/embed/200/text~markdown/200'), { dialogToken: 'dt', lang: 'nb', apiBase: echoUrl });
    expect(beside.kind).not.to.equal('failed');
  });

  it('reports the language the service answered in (Content-Language), for a lang attribute', async () => {
    const { echoUrl } = await testEnv();
    const one = (url: string): ContentValue => ({ mediaType: MD, value: [{ languageCode: 'nb', value: url }] });
    const result = await fetchEmbed(one(`${echoUrl}/embed/200/text~markdown/200?cl=en-GB`), { dialogToken: 'dt', lang: 'nb' });
    expect(result).to.include({ kind: 'content', lang: 'en' });
    // A header that is no language tag gives no lang attribute.
    const junk = await fetchEmbed(one(`${echoUrl}/embed/200/text~markdown/200?cl=${encodeURIComponent('"><x onload=1')}`), { dialogToken: 'dt', lang: 'nb' });
    expect(junk.kind === 'content' && junk.lang).to.equal(undefined);
    const none = await fetchEmbed(one(`${echoUrl}/embed/200/text~markdown/200`), { dialogToken: 'dt', lang: 'nb' });
    expect(none.kind === 'content' && none.lang).to.equal(undefined);
  });

  it('treats 204 and an empty body as nothing to show', async () => {
    expect((await fetchEmbed(await ref('/embed/204/text~markdown/0'), { dialogToken: 't', lang: 'nb' })).kind).to.equal('empty');
    expect((await fetchEmbed(await ref('/embed/200/text~markdown/0'), { dialogToken: 't', lang: 'nb' })).kind).to.equal('empty');
  });

  it('reports 403 as lack of access and other statuses as failures', async () => {
    expect((await fetchEmbed(await ref('/embed/403/text~markdown/10'), { dialogToken: 't', lang: 'nb' })).kind).to.equal('forbidden');
    expect(await fetchEmbed(await ref('/embed/500/text~markdown/10'), { dialogToken: 't', lang: 'nb' })).to.deep.equal({ kind: 'failed', reason: 'status', status: 500 });
  });

  it('refuses a Content-Type that does not match the media type', async () => {
    const result = await fetchEmbed(await ref('/embed/200/text~html/100'), { dialogToken: 't', lang: 'nb' });
    expect(result).to.deep.equal({ kind: 'failed', reason: 'type' });
  });

  it('refuses embeds over 100 KB', async () => {
    const result = await fetchEmbed(await ref(`/embed/200/text~markdown/${EMBED_MAX_BYTES + 1}`), { dialogToken: 't', lang: 'nb' });
    expect(result).to.deep.equal({ kind: 'failed', reason: 'size' });
    const fits = await fetchEmbed(await ref(`/embed/200/text~markdown/${EMBED_MAX_BYTES}`), { dialogToken: 't', lang: 'nb' });
    expect(fits.kind).to.equal('content');
  });

  it('times out', async () => {
    const result = await fetchEmbed(await ref('/hang'), { dialogToken: 't', lang: 'nb', timeoutMs: 300 });
    expect(result).to.deep.equal({ kind: 'failed', reason: 'timeout' });
  });

  it('reports a dropped connection', async () => {
    expect(await fetchEmbed(await ref('/drop'), { dialogToken: 't', lang: 'nb' })).to.deep.equal({ kind: 'failed', reason: 'network' });
  });

  it('never fetches unsafe URLs or unknown media types', async () => {
    const bad: ContentValue = { mediaType: MD, value: [{ languageCode: 'nb', value: 'javascript:alert(1)' }] };
    expect(await fetchEmbed(bad, { dialogToken: 't', lang: 'nb' })).to.deep.equal({ kind: 'failed', reason: 'unsafe-url' });
    const unauthorized: ContentValue = { mediaType: MD, value: [{ languageCode: 'nb', value: 'urn:dialogporten:unauthorized' }] };
    expect((await fetchEmbed(unauthorized, { dialogToken: 't', lang: 'nb' })).kind).to.equal('failed');
    expect(await fetchEmbed(await ref('/embed/200/text~markdown/10', 'image/svg+xml'), { dialogToken: 't', lang: 'nb' })).to.deep.equal({ kind: 'failed', reason: 'unsupported' });
    expect(await echoLog()).to.have.length(0);
  });

  it('caches per key for the visit, but not failures', async () => {
    const cache = new EmbedCache();
    const okRef = await ref('/embed/200/text~markdown/50');
    await cache.get('a', () => fetchEmbed(okRef, { dialogToken: 't', lang: 'nb' }));
    await cache.get('a', () => fetchEmbed(okRef, { dialogToken: 't', lang: 'nb' }));
    expect(await echoLog()).to.have.length(1);
    const failRef = await ref('/embed/500/text~markdown/50');
    await cache.get('b', () => fetchEmbed(failRef, { dialogToken: 't', lang: 'nb' }));
    await new Promise((r) => setTimeout(r, 10));
    await cache.get('b', () => fetchEmbed(failRef, { dialogToken: 't', lang: 'nb' }));
    expect(await echoLog()).to.have.length(3);
  });
});
