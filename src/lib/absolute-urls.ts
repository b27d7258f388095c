/**
 * Makes a rendered page fragment's site-relative links absolute, for feeds:
 * a feed reader has no page to resolve `/blog/x/` or `/_astro/y.webp` against.
 */
export function absoluteUrls(html: string, origin: string): string {
	const base = origin.replace(/\/$/, '');
	return html
		.replace(/\b(href|src|poster)="\/(?!\/)/g, `$1="${base}/`)
		.replace(/\bsrcset="([^"]*)"/g, (_match, list: string) => `srcset="${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`);
}
