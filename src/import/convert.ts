/**
 * The CPU-heavy part of importing one item, as a plain function of plain
 * data so it can run in a worker thread: WordPress's paragraphs, blocks and
 * shortcodes, cleaning, HTML to Markdown, the summary's text, the language,
 * and comments as plain text. Images are left as tokens in the Markdown,
 * which the main thread replaces once it knows where each image ended up.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { finishBody, htmlToText, prepareBody } from './html-to-markdown.ts';
import { detectLanguage } from './language.ts';
import type { BodyMarkup } from './model.ts';
import { type Attachments, wordpressToHtml } from './wordpress-content.ts';

export interface ConvertJob {
	html: string;
	markup: BodyMarkup;
	title: string;
	/** The excerpt the author wrote, as HTML. */
	excerpt: string | undefined;
	/** The language the export gives, if any; otherwise it is detected. */
	lang: string | undefined;
	/** The language when the text is too short to tell. */
	fallbackLang: string;
	/** Comments, as HTML, to be turned into plain text. */
	comments: string[];
	/** A token no post contains, to mark where images go. */
	token: string;
}

export interface ConvertedImage {
	/** The address as the post wrote it. */
	src: string;
	/** Alt text from the source, if it had any. */
	alt: string | undefined;
}

export interface Converted {
	/** Markdown with `![<token>a<n>](<token>i<n>)` where image n goes. */
	markdown: string;
	images: ConvertedImage[];
	/** What was removed or changed, for the report. */
	notes: string[];
	removedShortcodes: [string, number][];
	/** The excerpt, or the text before `<!--more-->`, or the first paragraph, as plain text. */
	summaryText: string;
	/** The start of the body's text, for a title when the post has none. */
	textStart: string;
	lang: string;
	/** The comments, as plain text, in the order given. */
	comments: string[];
}

const MORE = /<!--\s*more\s*-->|<a\s+name=["']?more["']?\s*>\s*<\/a>/i;

/** Converts one item. `attachments` serve `[gallery]`. */
export function convertItem(job: ConvertJob, attachments: Attachments): Converted {
	const wordpress = job.markup === 'wordpress' ? wordpressToHtml(job.html, attachments) : { html: job.html, removedShortcodes: new Map<string, number>() };
	const beforeMore = MORE.test(wordpress.html) ? wordpress.html.split(MORE)[0] : undefined;
	const body = prepareBody(wordpress.html);
	const images = body.images.map((image) => ({ src: image.src, alt: image.alt }));
	const markdown = finishBody(body, (image) => {
		const index = body.images.indexOf(image);
		return { src: `${job.token}i${index}`, alt: `${job.token}a${index}` };
	});
	const excerpt = job.excerpt ? htmlToText(job.excerpt) : '';
	return {
		markdown,
		images,
		notes: body.notes,
		removedShortcodes: [...wordpress.removedShortcodes],
		summaryText: excerpt || (beforeMore ? htmlToText(beforeMore) : '') || body.firstParagraph,
		textStart: body.text.slice(0, 400),
		lang: job.lang ?? detectLanguage(`${job.title}. ${body.text}`, job.fallbackLang),
		comments: job.comments.map(htmlToText),
	};
}

/** Puts each image in place of its token, written by remark's own serialiser (so alt text is escaped as Markdown needs). */
export function placeImages(converted: Converted, token: string, placed: (index: number) => { src: string; alt: string }): string {
	return converted.markdown.replace(new RegExp(`!\\[${token}a(\\d+)\\]\\(${token}i\\1\\)`, 'g'), (_match, index: string) => {
		const { src, alt } = placed(Number(index));
		return toMarkdown({ type: 'image', url: src, alt, title: null }).trim();
	});
}
