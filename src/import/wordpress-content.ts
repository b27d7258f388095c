/**
 * WordPress post content to plain HTML, the way WordPress itself shows it:
 * Gutenberg posts through WordPress's own block parser
 * (`@wordpress/block-serialization-default-parser`), classic-editor posts
 * through WordPress's paragraph rules (`@wordpress/autop`: blank lines are
 * paragraphs), then shortcodes (`@wordpress/shortcode`): `[caption]`,
 * `[gallery]`, `[embed]`, `[youtube]`, `[vimeo]`, `[video]` and `[audio]`
 * become HTML; other known shortcodes are removed (keeping what page
 * builders wrap) and listed in the report.
 */
import { autop } from '@wordpress/autop';
import { parse as parseBlocks } from '@wordpress/block-serialization-default-parser';
import { attrs as shortcodeAttributes, replace as replaceShortcode, type Shortcode } from '@wordpress/shortcode';

/** A block as WordPress's parser returns it (the package does not export the type). */
type ParsedBlock = ReturnType<typeof parseBlocks>[number];

/** Attachments by id (for `[gallery ids=…]`). */
export type Attachments = Map<string, { url: string; title: string }>;

export interface WordPressHtml {
	html: string;
	/** Shortcodes removed, by name, with how many times. */
	removedShortcodes: Map<string, number>;
}

/** Shortcodes WordPress, Jetpack and common plugins register, which would otherwise be left as literal text. */
const KNOWN_SHORTCODES = new Set([
	'archives',
	'blog_subscription_form',
	'contact-form',
	'contact-form-7',
	'email-subscribers',
	'facebook',
	'flickr',
	'googlemaps',
	'gravityform',
	'instagram',
	'issuu',
	'jetpack_subscription_form',
	'mailchimp',
	'metaslider',
	'ninja_form',
	'ninja_forms',
	'pdf-embedder',
	'playlist',
	'polldaddy',
	'portfolio',
	'recipe',
	'rev_slider',
	'scribd',
	'sitemap',
	'slideshare',
	'slideshow',
	'soundcloud',
	'spotify',
	'ted',
	'testimonials',
	'tweet',
	'twitter',
	'wpforms',
	'wufoo',
]);
/** Page-builder families (Visual Composer, Divi, Shortcodes Ultimate, Avada…), whose shortcodes wrap the real text. */
const BUILDER_FAMILY = /^(vc|et_pb|su|fusion|av|cs|tatsu|themify|mk|rev)_/;

/** An embeddable address for a YouTube or Vimeo page, or undefined. */
export function videoEmbedUrl(address: string): string | undefined {
	let url: URL;
	try {
		url = new URL(address.trim().replace(/&amp;/g, '&'));
	} catch {
		return undefined;
	}
	const host = url.hostname.replace(/^(www|m)\./, '');
	if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
		const id = url.searchParams.get('v') ?? /^\/(embed|shorts|live)\/([\w-]+)/.exec(url.pathname)?.[2];
		return id ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;
	}
	if (host === 'youtu.be') {
		const id = url.pathname.slice(1).split('/')[0];
		return id ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;
	}
	if (host === 'vimeo.com' || host === 'player.vimeo.com') {
		const id = /(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
		return id ? `https://player.vimeo.com/video/${id}` : undefined;
	}
	return undefined;
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A video embed for an address, or a plain link to it when it is not from an allowed platform. */
function embedOrLink(address: string, title = 'Embedded video'): string {
	const embed = videoEmbedUrl(address);
	if (embed) return `\n<div><iframe src="${escapeAttribute(embed)}" title="${escapeAttribute(title)}"></iframe></div>\n`;
	const url = address.trim();
	return /^https?:\/\//.test(url) ? `<p><a href="${escapeAttribute(url)}">${escapeAttribute(url)}</a></p>` : '';
}

/** The first web address in a shortcode: `[embed]url[/embed]`, `[youtube url]`, `[youtube=url]`, `[video src=url]`. */
function addressIn(shortcode: Shortcode): string | undefined {
	const candidates = [
		shortcode.content,
		shortcode.attrs.named['src'],
		shortcode.attrs.named['url'],
		shortcode.attrs.named['mp4'],
		shortcode.attrs.named['mp3'],
		...shortcode.attrs.numeric,
	];
	for (const candidate of candidates) {
		const match = candidate ? /https?:\/\/[^\s"'\]]+/.exec(candidate.replace(/^=/, '')) : null;
		if (match) return match[0];
	}
	return undefined;
}

function convertShortcodes(text: string, attachments: Attachments, removed: Map<string, number>): string {
	const count = (name: string) => removed.set(name, (removed.get(name) ?? 0) + 1);
	let html = text;
	for (const tag of ['caption', 'wp_caption']) {
		html = replaceShortcode(tag, html, (shortcode) => {
			const content = shortcode.content ?? '';
			// The caption is the text after the image (or its link); newer WordPress may put it in caption="".
			const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)/i.exec(content);
			const caption = (shortcode.attrs.named['caption'] ?? (media ? content.slice(media[0].length) : '')).trim();
			return `<figure>${media?.[1] ?? content}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
		});
	}
	html = replaceShortcode('gallery', html, (shortcode) => {
		const ids = (shortcode.attrs.named['ids'] ?? shortcode.attrs.named['include'] ?? '')
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean);
		const images = ids.flatMap((id) => {
			const attachment = attachments.get(id);
			return attachment ? [`<figure><img src="${escapeAttribute(attachment.url)}" alt="${escapeAttribute(attachment.title)}"></figure>`] : [];
		});
		if (images.length === 0) {
			count('gallery');
			return '';
		}
		return `\n${images.join('\n')}\n`;
	});
	for (const tag of ['embed', 'youtube', 'vimeo', 'video', 'audio']) {
		html = replaceShortcode(tag, html, (shortcode) => {
			const address = addressIn(shortcode);
			if (!address) {
				count(tag);
				return '';
			}
			return embedOrLink(address);
		});
	}
	// `[youtube=https://…]` (WordPress.com's form) has no space after the name, which the shortcode grammar needs.
	html = html.replace(/\[youtube=([^\]\s]+)[^\]]*\]/g, (_match, address: string) => embedOrLink(address));
	const names = new Set([...html.matchAll(/\[([a-zA-Z][\w-]*)[\s\]/=]/g)].map((match) => match[1] ?? ''));
	for (const name of names) {
		const closes = html.includes(`[/${name}]`);
		if (!KNOWN_SHORTCODES.has(name) && !BUILDER_FAMILY.test(name) && !closes) continue;
		html = replaceShortcode(name, html, (shortcode) => {
			count(name);
			return shortcode.content ?? '';
		});
	}
	return html;
}

/** Classic editor: a line holding only a video address is an embed (WordPress's auto-embed). */
function autoEmbed(text: string): string {
	return text.replace(/^[ \t]*(https?:\/\/[^\s<]+)[ \t]*$/gm, (line, address: string) => (videoEmbedUrl(address) ? embedOrLink(address) : line));
}

function renderBlock(block: ParsedBlock, attachments: Attachments, removed: Map<string, number>): string {
	const name = block.blockName;
	if (name === null) return autop(autoEmbed(block.innerHTML));
	if (name === 'core/embed' || name.startsWith('core-embed/')) {
		const address = typeof block.attrs?.['url'] === 'string' ? block.attrs['url'] : /https?:\/\/\S+/.exec(block.innerHTML)?.[0];
		return address ? embedOrLink(address) : '';
	}
	if (name === 'core/shortcode') return autop(block.innerHTML);
	if (name === 'core/more' || name === 'core/nextpage') return name === 'core/more' ? '<!--more-->' : '';
	let inner = 0;
	return block.innerContent
		.map((part: string | null) => {
			if (part !== null) return part;
			const child = block.innerBlocks[inner++];
			return child ? renderBlock(child, attachments, removed) : '';
		})
		.join('');
}

/** A WordPress post's content as the HTML WordPress would show. */
export function wordpressToHtml(content: string, attachments: Attachments): WordPressHtml {
	const removedShortcodes = new Map<string, number>();
	const blocks = /<!--\s+wp:/.test(content);
	const html = blocks
		? parseBlocks(content)
				.map((block) => renderBlock(block, attachments, removedShortcodes))
				.join('\n')
		: autop(autoEmbed(content));
	const converted = convertShortcodes(html, attachments, removedShortcodes);
	// The package memoises every attribute text it has parsed, in a list searched from the start:
	// over thousands of posts that cache would grow without end and slow each lookup. One post's worth is enough.
	shortcodeAttributes.clear();
	return { html: converted, removedShortcodes };
}
