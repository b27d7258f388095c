/**
 * Which raw HTML a participant's Markdown may keep. Participants' posts,
 * testimonials and poster descriptions come from pull requests, so their
 * raw HTML is untrusted: only a few attribute-free inline tags, and video
 * embeds from an allow-list of platforms, survive. Framework-free.
 */

/** Video platforms whose embeds participants may paste (https only, embed paths only). */
export const ALLOWED_EMBEDS: { host: string; path: RegExp }[] = [
	{ host: 'www.youtube-nocookie.com', path: /^\/embed\/[\w-]+$/ },
	{ host: 'www.youtube.com', path: /^\/embed\/[\w-]+$/ },
	{ host: 'player.vimeo.com', path: /^\/video\/\d+$/ },
];

/** Inline tags that carry no attributes and so no script: `<br>`, `<sup>2</sup>`, `<kbd>`… */
const HARMLESS_TAG = /^<\/?(abbr|b|br|cite|code|del|em|i|ins|kbd|mark|q|s|small|strong|sub|sup|u|wbr)\s*\/?>$/i;

export function isHarmlessTag(html: string): boolean {
	return HARMLESS_TAG.test(html.trim());
}

function attribute(html: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(html);
	return match ? (match[2] ?? match[3] ?? match[4]) : undefined;
}

export interface Embed {
	src: string;
	title: string;
}

/** An allowed video embed from a pasted `<iframe …></iframe>`, or undefined for anything else. */
export function allowedEmbed(html: string): Embed | undefined {
	const trimmed = html.trim();
	if (!/^<iframe\b[^>]*>\s*<\/iframe>$/i.test(trimmed)) return undefined;
	const src = attribute(trimmed, 'src');
	if (!src) return undefined;
	let url: URL;
	try {
		url = new URL(src.replace(/&amp;/g, '&'));
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:') return undefined;
	if (!ALLOWED_EMBEDS.some((embed) => embed.host === url.hostname && embed.path.test(url.pathname))) return undefined;
	return { src: url.href, title: attribute(trimmed, 'title') ?? 'Embedded video' };
}

/** True for link targets that cannot run script: http(s), mailto, tel, and site-relative paths. */
/** The URL's scheme as a browser reads it, lower case: browsers ignore control characters and whitespace inside a scheme ("java\tscript:"). */
export function schemeOf(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- those control characters are exactly what browsers skip
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

export function isSafeUrl(url: string): boolean {
	const scheme = schemeOf(url);
	return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}
