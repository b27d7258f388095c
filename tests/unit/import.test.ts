/**
 * The importer's parts on their own: both Blogger formats and WXR read into
 * the common model, HTML to Markdown (hostile HTML included), WordPress's
 * paragraphs, blocks and shortcodes, original-size image addresses,
 * language detection, digests, redirects, and the checker's new rules.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { bloggerEvents } from '../../src/import/blogger.ts';
import { isUnedited, serialiseEntry } from '../../src/import/files.ts';
import { finishBody, htmlToText, prepareBody } from '../../src/import/html-to-markdown.ts';
import { originalImageUrl } from '../../src/import/images.ts';
import { detectLanguage } from '../../src/import/language.ts';
import type { SourceEvent, SourceItem } from '../../src/import/model.ts';
import { bloggerThemeSnippet, oldPathOf, siteOwnedReason } from '../../src/import/redirects.ts';
import { wordpressToHtml } from '../../src/import/wordpress-content.ts';
import { wxrEvents } from '../../src/import/wxr.ts';
import { readRecords } from '../../src/import/xml-records.ts';
import { redirectPage, redirectPageFile } from '../../src/lib/redirect-pages.ts';
import { tinyJpeg, writeContentTree } from '../support/content-tree.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

async function collect(events: AsyncGenerator<SourceEvent>): Promise<SourceEvent[]> {
	const all: SourceEvent[] = [];
	for await (const event of events) all.push(event);
	return all;
}
const items = (events: SourceEvent[]) => events.flatMap((event): SourceItem[] => (event.type === 'item' ? [event.item] : []));

describe('Blogger exports', () => {
	test('the classic backup: posts, drafts, pages, labels, comments with their post and parent; settings and template skipped', async () => {
		const events = await collect(bloggerEvents(readRecords(path.join(FIXTURES, 'blogger-backup.xml'))));
		const read = items(events);
		expect(read.map((item) => [item.kind, item.status, item.slug])).toEqual([
			['post', 'published', 'our-first-call-lima-and-accra'],
			['post', 'published', 'blog-post'],
			['post', 'published', 'blog-post_28'],
			['post', 'draft', undefined],
			['page', 'published', 'about'],
			['page', 'published', 'join'],
		]);
		expect(read[0]?.tags).toEqual(['Reading Clubs', 'partnership']);
		expect(read[0]?.date?.day).toBe('2023-04-12');
		expect(read[2]?.authors).toEqual([]);
		const comments = events.flatMap((event) => (event.type === 'comment' ? [event] : []));
		expect(comments.map((event) => [event.postId.split('.').pop(), event.comment.author, event.comment.parentId?.split('.').pop()])).toEqual([
			['post-3001', 'Efua Asante', undefined],
			['post-3001', 'Ana López', 'post-5001'],
		]);
		expect(events.find((event) => event.type === 'site' && event.site.lang === 'en')).toBeDefined();
		expect(JSON.stringify(events)).not.toContain('efua.asante@mail.example.org');
	});

	test('Google Takeout: blogger:type, blogger:status, blogger:filename and blogger:parent', async () => {
		const events = await collect(bloggerEvents(readRecords(path.join(FIXTURES, 'blogger-takeout.atom'))));
		expect(items(events).map((item) => [item.kind, item.status, item.aliases[0]])).toEqual([
			['post', 'published', '/2024/02/blog-post.html'],
			['post', 'published', '/2024/03/blog-post.html'],
			['post', 'draft', undefined],
			['post', 'trashed', '/2024/01/test-post.html'],
			['page', 'published', '/p/search.html'],
		]);
		const comments = events.flatMap((event) => (event.type === 'comment' ? [event.comment] : []));
		expect(comments.map((comment) => [comment.author, comment.approved])).toEqual([
			['Somchai P.', true],
			['Free Gifts', false],
		]);
	});
});

describe('WordPress exports', () => {
	test('WXR 1.2: statuses, decoded slugs, nested categories, attachments, comments, no e-mail addresses', async () => {
		const events = await collect(wxrEvents(readRecords(path.join(FIXTURES, 'wordpress-1.2.xml'))));
		const read = items(events);
		expect(read.map((item) => [item.id, item.kind, item.status])).toEqual([
			['12', 'post', 'published'],
			['15', 'post', 'published'],
			['18', 'post', 'published'],
			['21', 'post', 'published'],
			['24', 'post', 'published'],
			['30', 'post', 'draft'],
			['31', 'post', 'private'],
			['32', 'post', 'password'],
			['33', 'post', 'scheduled'],
			['34', 'post', 'trashed'],
			['2', 'page', 'published'],
			['3', 'page', 'published'],
			['4', 'page', 'published'],
		]);
		const first = read[0]!;
		expect(first.archives).toEqual([
			{ path: '/category/regional/latin-america/', name: 'Latin America' },
			{ path: '/tag/story-hour/', name: 'Story hour' },
		]);
		expect(first.aliases).toEqual(['/?p=12']);
		expect(first.comments.map((comment) => [comment.id, comment.approved, comment.parentId])).toEqual([
			['501', true, undefined],
			['502', true, '501'],
			['503', false, undefined],
			['504', false, undefined],
		]);
		expect(read[2]?.slug).toBe('कथा-वाचन');
		expect(read[5]?.date).toBeUndefined();
		expect(read[1]?.featuredImage).toEqual({ attachment: '41' });
		expect(events.filter((event) => event.type === 'attachment')).toHaveLength(2);
		expect(events.filter((event) => event.type === 'note')).toEqual([]);
		expect(JSON.stringify(events)).not.toMatch(/@mail\.example\.org/);
	});

	test('an unknown WXR version is read, with a note', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'interlibrary-wxr-'));
		const file = path.join(dir, 'export.xml');
		writeFileSync(file, readFileSync(path.join(FIXTURES, 'wordpress-1.1.xml'), 'utf8').replaceAll('export/1.1/', 'export/1.9/'));
		const events = await collect(wxrEvents(readRecords(file)));
		rmSync(dir, { recursive: true });
		expect(events.filter((event) => event.type === 'note').map((event) => (event.type === 'note' ? event.message : ''))).toEqual([
			'The export says it is WXR 1.9; this importer knows WXR 1.0 to 1.2 and read it the same way: check the imported posts',
		]);
		expect(items(events)).toHaveLength(2);
	});
});

describe('HTML to Markdown', () => {
	const convert = (html: string) => {
		const prepared = prepareBody(html);
		return { ...prepared, markdown: finishBody(prepared, (image) => ({ src: image.src, alt: image.alt ?? 'PROVISIONAL' })) };
	};

	test('hostile HTML loses everything that could run, and says so', () => {
		const { markdown, notes } =
			convert(`<p onclick="x()">Hello <script>alert(1)</script><img src="https://a.example/p.jpg" onerror="alert(2)" alt="A photo"></p>
<p><a href="javascript:alert(3)">bad</a> <a href=" JaVa&#x09;script:alert(4)">worse</a> <a href="https://example.org/ok">good</a></p>
<iframe src="https://evil.example.com/embed/x"></iframe><object data="x.swf"></object><style>body{}</style>`);
		expect(markdown).not.toMatch(/script|onerror|onclick|evil\.example|alert|<object|<style/i);
		expect(markdown).toContain('![A photo](https://a.example/p.jpg)');
		expect(markdown).toContain('[good](https://example.org/ok)');
		expect(notes).toEqual([
			'removed a script',
			'removed a javascript: link',
			'removed an embedded frame from evil.example.com (only YouTube and Vimeo videos are kept)',
			'removed an embedded <object>',
		]);
	});

	test('allowed video embeds survive as a block of their own; others are dropped', () => {
		const { markdown } = convert(
			'<p>Watch: <iframe width="560" src="https://www.youtube-nocookie.com/embed/a1B2c3D4e5F" onload="x()"></iframe></p><iframe src="https://player.vimeo.com/video/123456" title="Our call"></iframe>',
		);
		expect(markdown).toContain('\n\n<iframe src="https://www.youtube-nocookie.com/embed/a1B2c3D4e5F" title="Embedded video"></iframe>');
		expect(markdown).toContain('<iframe src="https://player.vimeo.com/video/123456" title="Our call"></iframe>');
		expect(markdown).not.toContain('onload');
	});

	test("Blogger's markup: <br> soup, separator divs, caption tables, inline styles, <a name=more>", () => {
		const { markdown, images } = convert(
			`<div style="color:red">One.<br /><br />Two <span style="font-weight:bold">words</span>.<br /><br /><div class="separator" style="clear:both"><a href="https://x.bp.blogspot.com/a/s1600/big.jpg" imageanchor="1"><img src="https://x.bp.blogspot.com/a/s320/big.jpg"></a></div><table class="tr-caption-container"><tr><td><img src="https://x.bp.blogspot.com/b/s320/c.jpg"></td></tr><tr><td class="tr-caption">A caption</td></tr></table><a name="more"></a>Three.<br></div>`,
		);
		expect(markdown).toBe(
			'One.\n\nTwo words.\n\n![PROVISIONAL](https://x.bp.blogspot.com/a/s320/big.jpg)\n\n![A caption](https://x.bp.blogspot.com/b/s320/c.jpg)\n\n*A caption*\n\nThree.',
		);
		expect(images.map((image) => image.alt)).toEqual([undefined, 'A caption']);
	});

	test("headings, lists, tables, quotes and links are kept; the body's headings start at <h2> and never skip a level", () => {
		const { markdown } = convert(
			'<h1>Top</h1><h2>Sub</h2><ol><li>a</li><li>b</li></ol><table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table><blockquote><p>Said.</p></blockquote>',
		);
		expect(markdown).toBe('## Top\n\n### Sub\n\n1. a\n2. b\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n> Said.');
		expect(convert('<p>Intro</p><h3>What we did</h3><h5>Day one</h5><h4>Day two</h4>').markdown).toBe('Intro\n\n## What we did\n\n### Day one\n\n### Day two');
	});

	test('comment text is plain text in paragraphs', () => {
		expect(htmlToText('Great!<br><br><b onclick="x()">Thanks</b> <script>bad()</script>a lot.')).toBe('Great!\n\nThanks a lot.');
	});
});

describe('WordPress content', () => {
	test("classic posts get WordPress's paragraphs; shortcodes become HTML or are removed and counted; literal brackets stay", () => {
		const attachments = new Map([['7', { url: 'https://wp.example/wp-content/uploads/a.jpg', title: 'A shelf' }]]);
		const { html, removedShortcodes } = wordpressToHtml(
			'First.\n\nSecond\nline.\n\n[caption id="c" width="300"]<img src="https://wp.example/wp-content/uploads/b-300x200.jpg" alt="" /> The caption[/caption]\n\n[gallery ids="7"]\n\n[embed]https://youtu.be/a1B2c3D4e5F[/embed]\n\n[contact-form-7 id="1"]\n\n[vc_row]Kept[/vc_row] See [1].',
			attachments,
		);
		expect(html).toContain('<p>First.</p>');
		expect(html).toContain('<p>Second<br />\nline.</p>');
		expect(html).toContain('<figcaption>The caption</figcaption>');
		expect(html).toContain('<img src="https://wp.example/wp-content/uploads/a.jpg" alt="A shelf">');
		expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/a1B2c3D4e5F"');
		expect(html).toContain('Kept');
		expect(html).toContain('See [1].');
		expect([...removedShortcodes]).toEqual([
			['contact-form-7', 1],
			['vc_row', 1],
		]);
	});

	test('Gutenberg posts are read with the block parser: no block comments left, embeds become iframes', () => {
		const { html } = wordpressToHtml(
			'<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n<!-- wp:embed {"url":"https://vimeo.com/123456"} -->\n<figure><div>https://vimeo.com/123456</div></figure>\n<!-- /wp:embed -->',
			new Map(),
		);
		expect(html).not.toContain('wp:');
		expect(html).toContain('<p>Hi</p>');
		expect(html).toContain('<iframe src="https://player.vimeo.com/video/123456"');
	});
});

test('images are fetched at their original size', () => {
	expect(originalImageUrl('https://blogger.googleusercontent.com/img/b/R29v/AVvX/s320/a.jpg')).toBe(
		'https://blogger.googleusercontent.com/img/b/R29v/AVvX/s0/a.jpg',
	);
	expect(originalImageUrl('https://1.bp.blogspot.com/-x/y/s1600-h/a.jpg')).toBe('https://1.bp.blogspot.com/-x/y/s0/a.jpg');
	expect(originalImageUrl('https://blogger.googleusercontent.com/img/b/R29v/AVvX/w640-h480/a.jpg')).toBe(
		'https://blogger.googleusercontent.com/img/b/R29v/AVvX/s0/a.jpg',
	);
	expect(originalImageUrl('https://blogger.googleusercontent.com/img/a/AVvXsEi=w640-h480')).toBe('https://blogger.googleusercontent.com/img/a/AVvXsEi=s0');
	expect(originalImageUrl('https://site.example/wp-content/uploads/2022/03/photo-300x200.jpg?w=300&h=200')).toBe(
		'https://site.example/wp-content/uploads/2022/03/photo.jpg',
	);
	expect(originalImageUrl('https://example.org/photo.jpg?w=300')).toBe('https://example.org/photo.jpg?w=300');
});

test('languages of short realistic posts: Hindi, Nepali, Bengali, Thai, Arabic, Spanish, English; too little text falls back', () => {
	const texts: [string, string][] = [
		['hi', 'हमने तय किया है कि अगले महीने दोनों पुस्तकालय एक ही किताब पढ़ेंगे और फिर मिलकर चर्चा करेंगे।'],
		['ne', 'हामीले अर्को महिना दुवै पुस्तकालयले एउटै किताब पढ्ने र त्यसपछि सँगै छलफल गर्ने निर्णय गरेका छौं।'],
		['bn', 'আমরা ঠিক করেছি যে আগামী মাসে দুটি গ্রন্থাগারই একই বই পড়বে এবং তারপর একসঙ্গে আলোচনা করবে।'],
		['th', 'เราตกลงกันว่าเดือนหน้าห้องสมุดทั้งสองแห่งจะอ่านหนังสือเล่มเดียวกันแล้วมาคุยกัน'],
		['ar', 'اتفقنا على أن تقرأ المكتبتان الكتاب نفسه في الشهر القادم ثم نتناقش فيه معاً.'],
		[
			'es',
			'Acordamos que el próximo mes las dos bibliotecas leerán el mismo libro y luego lo comentaremos juntas. Cada club elegirá a dos lectores para la llamada.',
		],
		['en', 'We agreed that next month both libraries will read the same book and then talk about it together. Each club will choose two readers for the call.'],
	];
	for (const [lang, text] of texts) expect(detectLanguage(text, 'xx'), text).toBe(lang);
	expect(detectLanguage('Our first meeting', 'pt')).toBe('pt');
	// A short page in Latin script keeps the blog's language rather than a guess (this one reads as French to a trigram model).
	expect(detectLanguage('About. Bridges pairs librarians. Contact us at hello@example.org.', 'en')).toBe('en');
	expect(detectLanguage('🎉📚', 'es')).toBe('es');
});

test('a file records a digest of itself, so an edit is recognised', () => {
	const text = serialiseEntry({ title: 'A post', imported: { source: 'wordpress', id: '12' } }, 'Body.');
	expect(text).toMatch(/^---\ntitle: A post\nimported:\n {2}source: wordpress\n {2}id: "12"\n {2}digest: sha256-[0-9a-f]{64}\n---\n\nBody\.\n$/);
	expect(isUnedited(text)).toBe(true);
	expect(isUnedited(text.replace('Body.', 'Body, edited.'))).toBe(false);
	expect(isUnedited(text.replace(/ {2}digest: .*\n/, ''))).toBe(false);
});

describe('redirects', () => {
	test('old paths are decoded, and addresses of the new site are never taken', () => {
		expect(oldPathOf('https://network.example.org/2022/06/10/%e0%a4%95%e0%a4%a5%e0%a4%be/')).toBe('/2022/06/10/कथा/');
		expect(oldPathOf('https://old.example.net/news/?p=31')).toBe('/news/?p=31');
		expect(siteOwnedReason('/about/', new Set())).toBe('/about/ is a page of the new site');
		expect(siteOwnedReason('/blog/', new Set())).toBe('the new site uses /blog/ for its own pages');
		expect(siteOwnedReason('/resources/', new Set(['resources']))).toBe('/resources/ is a page of the new site');
		expect(siteOwnedReason('/search/label/reading', new Set())).toBeUndefined();
		expect(siteOwnedReason('/?p=12', new Set())).toBeUndefined();
	});

	test('a redirect page sends readers on with a canonical link and a visible link', () => {
		expect(redirectPageFile('/2023/04/x.html')).toBe('2023/04/x.html');
		expect(redirectPageFile('/2022/03/14/x/')).toBe('2022/03/14/x/index.html');
		expect(redirectPageFile('/feeds/posts/default')).toBe('feeds/posts/default/index.html');
		const page = redirectPage('/program/blog/2023/x/', 'https://test.example.org/program/blog/2023/x/', 'en', 'Test "Fellowship"');
		expect(page).toContain('<meta http-equiv="refresh" content="0; url=/program/blog/2023/x/">');
		expect(page).toContain('<link rel="canonical" href="https://test.example.org/program/blog/2023/x/">');
		expect(page).toContain('<a href="/program/blog/2023/x/">');
		expect(page).toContain('Test &quot;Fellowship&quot;');
	});

	test('the Blogger theme snippet maps each old path to its new address, inside CDATA', () => {
		const snippet = bloggerThemeSnippet(
			{ '/2023/04/x.html': '/blog/2023/x/', '/search/label/Reading Clubs': '/tags/reading-clubs/', '/?p=1': '/blog/2023/x/' },
			'https://test.example.org/program/',
		);
		expect(snippet).toContain('//<![CDATA[');
		expect(snippet).toContain('"/2023/04/x.html":"https://test.example.org/program/blog/2023/x/"');
		expect(snippet).toContain('"/search/label/Reading Clubs":"https://test.example.org/program/tags/reading-clubs/"');
		expect(snippet).not.toContain('?p=1');
	});
});

describe('the checker on imported content', () => {
	const post = (body: string, extra = '') => `---\ntitle: Imported\ndate: 2021-04-01\nauthors: [ana-lopez]\nsummary: A post.\n${extra}---\n${body}\n`;

	test('alt text in bodies: missing is a problem, provisional is a warning, a missing local image is a problem', async () => {
		const { dir, cleanup } = writeContentTree({
			'blog/2021/images.md': post('Text.\n\n![](https://example.org/a.jpg)\n\n![Alt text needed: img 2041](./photo.jpg)\n\n![A reading room](./nowhere.jpg)'),
			'blog/2021/photo.jpg': tinyJpeg,
		});
		const problems = await checkContent({ contentDir: dir, relativeTo: dir });
		cleanup();
		expect([
			...problems.problems.map((problem) => [false, formatProblem(problem)] as const),
			...problems.warnings.map((problem) => [true, formatProblem(problem)] as const),
		]).toEqual([
			[
				false,
				'blog/2021/images.md:9: the image https://example.org/a.jpg has no alt text: describe what it shows between the square brackets, like ![Six teenagers reading under a tree](https://example.org/a.jpg)',
			],
			[
				false,
				`blog/2021/images.md:13: the image ./nowhere.jpg is not there: there is no blog/2021/nowhere.jpg. Add the image or fix the path (it is relative to this file)`,
			],
			// Warnings come after the problems.
			[
				true,
				'blog/2021/images.md:11: the image ./photo.jpg has provisional alt text from the import ("Alt text needed: img 2041"): replace it with a description of what the image shows',
			],
		]);
	});

	test('imported people may lack a library (a thing to finish); comments need their post; redirects must lead to a page', async () => {
		const { dir, cleanup } = writeContentTree({
			'people/efua-asante.yaml': 'name: Efua Asante\nroles: [guest]\nimported: { source: blogger, id: "https://www.blogger.com/profile/1" }\n',
			'people/no-library.yaml': 'name: No Library\nroles: [guest]\ncity: Lima\ncountry: PE\n',
			'comments/2021/notes.yaml': 'imported: { source: wordpress, id: "12" }\ncomments:\n  - { id: "1", author: Rosa, date: 2021-03-02, text: Lovely. }\n',
			'comments/2021/gone.yaml':
				'imported: { source: wordpress, id: "13" }\ncomments:\n  - { id: "2", author: Rosa, date: 2021-03-02, text: Lovely., email: rosa@example.org }\n',
			'redirects.yaml':
				'/2021/03/notes.html: /blog/2021/notes/\n/2021/03/old.html: /blog/2021/old/\n"/?p=12": /blog/2021/notes/\n/p/about.html: /about/\nnot-a-path: /blog/\n',
		});
		const problems = await checkContent({ contentDir: dir, relativeTo: dir });
		cleanup();
		expect(
			[
				...problems.problems.map((problem) => [false, formatProblem(problem)] as const),
				...problems.warnings.map((problem) => [true, formatProblem(problem)] as const),
			].sort(),
		).toEqual(
			[
				// Every problem of a file at once: its unknown field, and the post it should belong to.
				[
					false,
					'comments/2021/gone.yaml holds comments for the post /blog/2021/gone/, which is not in content/blog/; name the file like its post (content/blog/2021/gone.md → content/comments/2021/gone.yaml) or delete it',
				],
				[false, 'comments/2021/gone.yaml:3: `comments[0].email` is not a field here; the fields are: id, author, date, text, replyTo'],
				[false, 'people/no-library.yaml:1: `library` is missing: name the library the person works at'],
				[
					false,
					'redirects.yaml:2: `/2021/03/old.html` leads to /blog/2021/old/, but there is no such post in content/blog/; fix the address or delete the line',
				],
				[false, 'redirects.yaml:5: `not-a-path` must be an old address without its domain, starting with "/", like /2019/03/our-first-call.html'],
				[
					true,
					'people/efua-asante.yaml was imported from the old blog without library, city, country: add them when you know them (they show on the person’s page)',
				],
			].sort(),
		);
	});
});
