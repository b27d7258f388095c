/**
 * A synthetic WordPress export (WXR 1.2) of any size, for the import
 * benchmark: posts in several languages and scripts, classic-editor and
 * Gutenberg bodies with images, captions, galleries, embeds and shortcodes,
 * categories, tags, authors, approved and spam comments, drafts and pages.
 * Written as a stream, seeded, so the same size gives the same file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { makeRng } from '../lib/random.ts';

const WORDS: Record<string, string[]> = {
	en: 'library reading club children partner call archive shelf story community librarian neighbourhood list week volunteers loan catalogue workshop language books evening youth collection poster round visit method question school borrow quiet hour study space'.split(
		' ',
	),
	es: 'biblioteca lectura club niños socia llamada archivo estante cuento comunidad bibliotecaria barrio lista semana voluntarios préstamo catálogo taller idioma libros tarde jóvenes colección cartel ronda visita'.split(
		' ',
	),
	hi: 'पुस्तकालय पढ़ना बच्चे साथी कहानी समुदाय किताब सप्ताह स्वयंसेवक भाषा शाम युवा संग्रह यात्रा विद्यालय सवाल सूची'.split(' '),
	ar: 'مكتبة قراءة نادي أطفال شريكة مكالمة أرشيف رف حكاية مجتمع أمينة حي قائمة أسبوع متطوعون إعارة فهرس ورشة لغة كتب'.split(' '),
	th: 'ห้องสมุด การอ่าน เด็ก เพื่อน นิทาน ชุมชน หนังสือ สัปดาห์ อาสาสมัคร ภาษา ตอนเย็น เยาวชน'.split(' '),
};
const LANGUAGES = Object.keys(WORDS);
const CATEGORIES = ['partnership', 'outreach', 'reading', 'children', 'archives', 'storytelling', 'multilingual', 'training'];

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Writes a WXR file with `posts` posts (and a page per hundred posts); returns its size in bytes. */
export async function writeSyntheticWxr(file: string, posts: number, seed = 5): Promise<number> {
	const rand = makeRng(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
	const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
	const sentence = (lang: string) =>
		Array.from({ length: between(8, 18) }, () => pick(WORDS[lang] ?? [])).join(' ') + (lang === 'ar' ? '.' : lang === 'hi' ? '।' : '.');
	const paragraph = (lang: string) => Array.from({ length: between(2, 5) }, () => sentence(lang)).join(' ');
	const out = createWriteStream(file);
	let bytes = 0;
	const write = async (text: string) => {
		bytes += Buffer.byteLength(text);
		if (!out.write(text)) await once(out, 'drain');
	};
	await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Synthetic Network</title><link>https://synthetic.example.org</link><language>en-US</language><wp:wxr_version>1.2</wp:wxr_version>
<pubDate>Fri, 14 Mar 2025 09:30:00 +0000</pubDate>
`);
	for (let author = 0; author < 40; author++)
		await write(
			`<wp:author><wp:author_login>${cdata(`author${author}`)}</wp:author_login><wp:author_email>${cdata(`author${author}@mail.example.org`)}</wp:author_email><wp:author_display_name>${cdata(`Author ${author} Example`)}</wp:author_display_name></wp:author>\n`,
		);
	for (const category of CATEGORIES)
		await write(
			`<wp:category><wp:category_nicename>${cdata(category)}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(category)}</wp:cat_name></wp:category>\n`,
		);
	for (let index = 0; index < posts; index++) {
		const id = 100 + index;
		const lang = rand() < 0.6 ? 'en' : pick(LANGUAGES);
		const year = 2012 + (index % 12);
		const day = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
		const slug = `post-${id}-${pick(WORDS['en'] ?? [])}`;
		const image = `https://synthetic.example.org/wp-content/uploads/${year}/0${between(1, 9)}/photo-${id}-1024x683.jpg`;
		const gutenberg = rand() < 0.4;
		const paragraphs = Array.from({ length: between(3, 8) }, () => paragraph(lang));
		const body = gutenberg
			? paragraphs.map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`).join('\n\n') +
				`\n\n<!-- wp:image -->\n<figure class="wp-block-image"><img src="${image}" alt=""/><figcaption>${sentence(lang)}</figcaption></figure>\n<!-- /wp:image -->` +
				(rand() < 0.2
					? `\n\n<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abcDEF${String(id).padStart(5, '0')}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abcDEF${String(id).padStart(5, '0')}\n</div></figure>\n<!-- /wp:embed -->`
					: '')
			: paragraphs.slice(0, 1).join('') +
				'\n\n<!--more-->\n' +
				paragraphs.slice(1).join('\n\n') +
				`\n\n[caption id="attachment_${id}" width="300"]<a href="${image}"><img src="${image}?w=300" alt="" /></a> ${sentence(lang)}[/caption]` +
				(rand() < 0.3 ? '\n\n<h3>Notes</h3>\n<ul><li>one</li><li>two</li></ul>\n\n[contact-form-7 id="1"]' : '');
		const status = rand() < 0.05 ? 'draft' : 'publish';
		const comments = Array.from(
			{ length: between(0, 4) },
			(_, n) =>
				`<wp:comment><wp:comment_id>${id * 10 + n}</wp:comment_id><wp:comment_author>${cdata(`Reader ${n}`)}</wp:comment_author><wp:comment_author_email>reader${n}@mail.example.org</wp:comment_author_email><wp:comment_date>${day} 12:00:00</wp:comment_date><wp:comment_content>${cdata(sentence(lang))}</wp:comment_content><wp:comment_approved>${n === 3 ? 'spam' : '1'}</wp:comment_approved><wp:comment_type></wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>`,
		).join('');
		await write(
			`<item><title>${cdata(`${sentence(lang).slice(0, 60)} ${id}`)}</title><link>https://synthetic.example.org/${day.replace(/-/g, '/')}/${slug}/</link><dc:creator>${cdata(`author${id % 40}`)}</dc:creator><guid isPermaLink="false">https://synthetic.example.org/?p=${id}</guid><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(`${day} 10:00:00`)}</wp:post_date><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(status)}</wp:status><wp:post_type>${cdata('post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password><category domain="category" nicename="${pick(CATEGORIES)}">${cdata(pick(CATEGORIES))}</category><category domain="post_tag" nicename="tag-${index % 50}">${cdata(`tag ${index % 50}`)}</category>${comments}</item>\n`,
		);
		if (index % 100 === 0)
			await write(
				`<item><title>${cdata(`Page ${id}`)}</title><link>https://synthetic.example.org/page-${id}/</link><dc:creator>${cdata('author0')}</dc:creator><guid isPermaLink="false">https://synthetic.example.org/?page_id=${id + 1_000_000}</guid><content:encoded>${cdata(paragraph('en'))}</content:encoded><wp:post_id>${id + 1_000_000}</wp:post_id><wp:post_date>${cdata(`${day} 10:00:00`)}</wp:post_date><wp:post_name>${cdata(`page-${id}`)}</wp:post_name><wp:status>${cdata('publish')}</wp:status><wp:post_type>${cdata('page')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password></item>\n`,
			);
	}
	await write('</channel>\n</rss>\n');
	out.end();
	await once(out, 'finish');
	return bytes;
}
