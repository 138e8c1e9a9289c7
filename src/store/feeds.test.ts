import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, readFeed } from './feeds.js';

const docs = (content: string) => [...readFeed(content, 'feed.xml')];

describe('feeds', () => {
  it('reads Atom entries with their title, link, date and outlet', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Wire</title>
      <entry><title>Talks resume</title><link href="https://example.org/talks"/><id>urn:x:1</id><updated>2021-05-04T10:00:00Z</updated>
      <content type="html">&lt;p&gt;Delegates from Norland met in Port Emberly.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</content></entry></feed>`;
    const [item] = docs(atom);
    assert.ok(item && 'doc' in item);
    assert.equal(item.doc.meta.title, 'Talks resume');
    assert.equal(item.doc.meta.url, 'https://example.org/talks');
    assert.equal(item.doc.meta.published, '2021-05-04');
    assert.equal(item.doc.meta.outlet, 'Harbour Wire');
    assert.equal(item.doc.id, 'urn:x:1');
    assert.equal(
      item.doc.text,
      'Talks resume\n\nDelegates from Norland met in Port Emberly.\n\nThey agreed to meet again.',
    );
  });

  it('reads a JSON Feed', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Desk',
      items: [
        {
          id: 'a1',
          url: 'https://example.org/a1',
          title: 'Port reopens',
          content_text: 'The port of Emberly reopened on Monday.',
          date_published: '2021-06-01T08:00:00Z',
        },
      ],
    });
    const [item] = docs(json);
    assert.ok(item && 'doc' in item);
    assert.equal(item.doc.meta.published, '2021-06-01');
    assert.match(item.doc.text, /reopened on Monday/);
  });

  it('answers a file that is no feed with E015', () => {
    const [item] = docs('<html><body>not a feed</body></html>');
    assert.ok(item && 'error' in item);
    assert.equal(item.error.code, 'E015');
  });

  it('reports a feed item without text and goes on with the others', () => {
    const rss = `<rss version="2.0"><channel><title>W</title><item><title>Empty</title></item>
      <item><title>Full</title><description>Ministers met in Port Emberly on Friday.</description></item></channel></rss>`;
    const items = docs(rss);
    assert.equal(items.length, 2);
    assert.ok(items[0] && 'error' in items[0] && items[0].error.code === 'E002');
    assert.ok(items[1] && 'doc' in items[1]);
  });

  it('turns HTML into text without keeping any markup or script', () => {
    assert.equal(
      htmlToText('<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p>'),
      'One & two\n\nThree\n\nfour',
    );
  });
});
