/**
 * The files that make old addresses work on a static host: a small HTML page
 * at each old path (meta refresh, canonical link, a visible link: works on
 * every host, GitHub Pages included), and the lines of a `_redirects` file
 * for hosts that read one (Netlify, Cloudflare Pages). Framework-free.
 */

/** Where the page for an old path goes inside dist/: `/a/b.html` → `a/b.html`, `/a/b/` and `/a/b` → `a/b/index.html`. */
export function redirectPageFile(oldPath: string): string {
	const clean = oldPath.replace(/^\/+/, '');
	if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
	return /\.(html?|php|aspx?)$/i.test(clean) ? clean : `${clean}/index.html`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page at an old address: sends readers to `target` (a path with the base,
 * so it works on any host the site is served from, previews included) and
 * tells search engines, by its canonical link, the new page's full `canonical` address.
 */
export function redirectPage(target: string, canonical: string, lang: string, siteName: string): string {
	const url = escapeHtml(target);
	return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>This page has moved · ${escapeHtml(siteName)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${url}">
</head>
<body>
<p>This page has moved to <a href="${url}">${url}</a>.</p>
</body>
</html>
`;
}

/** A `_redirects` line (Netlify, Cloudflare Pages): both addresses percent-encoded, permanent. */
export function redirectsFileLine(oldPath: string, target: string): string {
	return `${encodeURI(oldPath)} ${encodeURI(decodeURI(target))} 301`;
}
