/**
 * Finds words a reader would see in an Astro template that do not come from
 * the message catalogues: text between tags, and the attributes people read
 * (labels, titles, alt text, placeholders, headings passed to components).
 * A heuristic: expressions in braces, the frontmatter, styles, scripts and
 * comments are left out, so `{t('nav.blog')}` passes and `<h2>Archive</h2>` does not.
 */

/** Names of formats and identifiers, the same in every language. */
const NAMES = /\b(BibTeX|CSL-JSON|RSS|PDF|DOI)\b/g;

/** Attributes whose value a reader sees or hears. */
const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'heading', 'description', 'lede', 'caption'];

/** The template part of an .astro file, with every `{…}` expression taken out. */
function template(source: string): string {
	let text = source;
	if (text.startsWith('---')) {
		const end = text.indexOf('\n---', 3);
		text = end === -1 ? '' : text.slice(end + 4);
	}
	text = text
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	let depth = 0;
	let out = '';
	for (const char of text) {
		if (char === '{') depth++;
		else if (char === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += char;
	}
	return out;
}

/** Each piece of visible text in the template that has a word in it (two letters or more). */
export function hardCodedText(source: string): string[] {
	const text = template(source);
	const found: string[] = [];
	const attribute = new RegExp(`\\b(${VISIBLE_ATTRIBUTES.join('|')})="([^"]*)"`, 'g');
	for (const match of text.matchAll(attribute)) {
		if (/\p{L}{2,}/u.test(match[2] ?? '')) found.push(match[0]);
	}
	const between = text
		.replace(/<[^>]*>/g, '\n')
		.replace(/&\w+;/g, '')
		.replace(NAMES, '');
	for (const line of between.split('\n')) {
		if (/\p{L}{2,}/u.test(line)) found.push(line.trim());
	}
	return found;
}
