/**
 * Imported HTML to Markdown, with the unified chain (rehype-parse →
 * rehype-remark → remark-gfm → remark-stringify). Before converting, the
 * HTML tree is cleaned of what Blogger and WordPress add (inline styles,
 * `separator` divs, `<br>` soup, caption tables, links around images to
 * the same image) and of anything that could run script (scripts, event
 * handlers, `javascript:` links, frames not on the video allow-list). What
 * is left is plain Markdown; the only raw HTML kept is an allowed video
 * embed, which the build's sanitiser rebuilds from scratch anyway.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Html, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { allowedEmbed, isSafeUrl, schemeOf } from '../lib/embeds.ts';

/** An image found in a body, to be fetched and pointed at its local copy. */
export interface BodyImage {
	/** The `<img>` element; its `src` and `alt` are set before the tree becomes Markdown. */
	element: Element;
	/** The address as the post wrote it: kept when the image cannot be fetched. */
	src: string;
	/** Alt text from the source (alt, then caption, then title), if it had any. */
	alt: string | undefined;
}

export interface PreparedBody {
	tree: HastRoot;
	images: BodyImage[];
	/** What was removed or changed, one line each, for the report. */
	notes: string[];
	/** The text of the first paragraph, for a summary. */
	firstParagraph: string;
	/** The body's plain text, for language detection. */
	text: string;
}

/** Elements dropped with everything inside them. */
const DROP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'object',
	'embed',
	'applet',
	'form',
	'input',
	'button',
	'select',
	'textarea',
	'link',
	'meta',
	'head',
	'title',
	'base',
	'svg',
	'math',
	'canvas',
	'audio',
	'video',
	'source',
	'track',
	'map',
	'frame',
	'frameset',
]);
/** Wrappers kept for their content only: their styling means nothing in Markdown. */
const UNWRAP = new Set([
	'span',
	'font',
	'center',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'aside',
	'nav',
	'small',
	'big',
	'u',
	'ins',
	'abbr',
	'bdi',
	'bdo',
	'cite',
	'dfn',
	'mark',
	'time',
	'picture',
]);
/** Containers whose `<br><br>` runs are paragraph breaks. */
const BLOCK_CONTAINERS = new Set(['root', 'div', 'blockquote', 'td', 'th', 'li', 'p', 'dd', 'figure']);
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|bmp|tiff?)(\?.*)?$/i;

const parser = unified().use(rehypeParse, { fragment: true });
const toMdast = unified().use(rehypeRemark, {
	handlers: {
		// An allowed video embed stays as raw HTML; the build's sanitiser rebuilds it with its own attributes.
		iframe: (_state, node): Html | undefined => {
			const src = String(node.properties['src'] ?? '');
			const title = String(node.properties['title'] ?? 'Embedded video').replace(/"/g, '&quot;');
			return src ? { type: 'html', value: `<iframe src="${src.replace(/"/g, '&quot;')}" title="${title}"></iframe>` } : undefined;
		},
	},
});
const stringifier = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });

function isElement(node: RootContent | ElementContent | HastRoot, tagName?: string): node is Element {
	return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

function isBlank(node: RootContent | ElementContent): boolean {
	return (node.type === 'text' && node.value.replace(/\u00a0/g, ' ').trim() === '') || node.type === 'comment';
}

function classes(element: Element): string[] {
	const value: unknown = element.properties['className'];
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return url;
	}
}

/** Splits a container's children at runs of two or more `<br>`, each part becoming a paragraph. */
function splitAtBreakRuns(children: ElementContent[]): ElementContent[] | undefined {
	const parts: ElementContent[][] = [[]];
	let breaks = 0;
	let pending: ElementContent[] = [];
	for (const node of children) {
		if (isElement(node, 'br')) {
			breaks++;
			pending.push(node);
			continue;
		}
		if (breaks > 0 && isBlank(node)) {
			pending.push(node);
			continue;
		}
		if (breaks >= 2) parts.push([]);
		else parts.at(-1)?.push(...pending);
		breaks = 0;
		pending = [];
		parts.at(-1)?.push(node);
	}
	if (parts.length === 1) return undefined;
	const phrasing = (node: ElementContent) =>
		!isElement(node) ||
		!['p', 'div', 'ul', 'ol', 'table', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'iframe', 'dl'].includes(node.tagName);
	return parts.flatMap((part): ElementContent[] => {
		const content = trimBreaks(part);
		if (content.length === 0) return [];
		return content.every(phrasing) ? [{ type: 'element', tagName: 'p', properties: {}, children: content }] : content;
	});
}

function trimBreaks(nodes: ElementContent[]): ElementContent[] {
	let start = 0;
	let end = nodes.length;
	while (start < end && (isElement(nodes[start]!, 'br') || isBlank(nodes[start]!))) start++;
	while (end > start && (isElement(nodes[end - 1]!, 'br') || isBlank(nodes[end - 1]!))) end--;
	return nodes.slice(start, end);
}

/** Blogger's captioned image: a table with the image in one row and `.tr-caption` in the next. */
function captionTable(table: Element): Element | undefined {
	if (!classes(table).includes('tr-caption-container')) return undefined;
	let image: Element | undefined;
	let caption: Element | undefined;
	const walk = (node: ElementContent) => {
		if (!isElement(node)) return;
		if (node.tagName === 'img' && !image) image = node;
		if (classes(node).includes('tr-caption')) caption = node;
		else node.children.forEach(walk);
	};
	table.children.forEach(walk);
	if (!image) return undefined;
	return {
		type: 'element',
		tagName: 'figure',
		properties: {},
		children: [image, ...(caption ? [{ type: 'element' as const, tagName: 'figcaption', properties: {}, children: caption.children }] : [])],
	};
}

/**
 * Parses and cleans a body. The returned tree still has the images' old
 * addresses; `finishBody` sets the new ones and writes the Markdown.
 */
export function prepareBody(html: string): PreparedBody {
	const tree: HastRoot = parser.parse(html);
	const notes: string[] = [];
	const images: BodyImage[] = [];

	const clean = (parent: HastRoot | Element): void => {
		const next: ElementContent[] = [];
		for (const node of parent.children) {
			if (node.type === 'comment' || node.type === 'doctype' || node.type === 'mdxjsEsm') continue;
			if (node.type !== 'element') {
				next.push(node);
				continue;
			}
			const tag = node.tagName;
			if (DROP.has(tag)) {
				if (tag === 'script') notes.push('removed a script');
				else if (['object', 'embed', 'applet', 'form'].includes(tag)) notes.push(`removed an embedded <${tag}>`);
				continue;
			}
			if (tag === 'iframe') {
				const src = String(node.properties['src'] ?? '');
				const embed = allowedEmbed(`<iframe src="${src.replace(/"/g, '&quot;')}"></iframe>`);
				if (!embed) {
					notes.push(`removed an embedded frame from ${hostOf(src) || 'an unknown address'} (only YouTube and Vimeo videos are kept)`);
					continue;
				}
				const title = String(node.properties['title'] ?? '').trim();
				next.push({
					type: 'element',
					tagName: 'div',
					properties: {},
					children: [{ type: 'element', tagName: 'iframe', properties: { src: embed.src, title: title || 'Embedded video' }, children: [] }],
				});
				continue;
			}
			if (tag === 'table') {
				const figure = captionTable(node);
				if (figure) {
					clean(figure);
					next.push(figure);
					continue;
				}
			}
			if (tag === 'a') {
				const href = String(node.properties['href'] ?? '');
				// Anchors without a target (Blogger's <a name="more">) and empty links are no links for a reader.
				if (!href || (toText(node).trim() === '' && !contains(node, undefined))) {
					clean(node);
					next.push(...node.children);
					continue;
				}
				if (href && !isSafeUrl(href)) {
					notes.push(`removed a ${schemeOf(href) ?? 'script'}: link`);
					clean(node);
					next.push(...node.children);
					continue;
				}
				// A link around an image to the image itself (Blogger's separator, WordPress's "link to media file"): the image is enough.
				const content = node.children.filter((child) => !isBlank(child));
				if (
					content.length === 1 &&
					isElement(content[0]!, 'img') &&
					(IMAGE_FILE.test(href) || /googleusercontent\.com|bp\.blogspot\.com|\/wp-content\/uploads\//.test(href))
				) {
					clean(node);
					next.push(...node.children.filter((child) => !isBlank(child)));
					continue;
				}
			}
			if (UNWRAP.has(tag) || (tag === 'div' && classes(node).includes('separator'))) {
				clean(node);
				next.push(...node.children);
				continue;
			}
			if (tag === 'img') {
				const src = String(node.properties['src'] ?? '').trim();
				if (!src || src.startsWith('data:') || !isSafeUrl(src)) {
					if (src.startsWith('data:')) notes.push('removed an image written into the page as data (re-add it as a file)');
					continue;
				}
				const alt = String(node.properties['alt'] ?? '').trim() || String(node.properties['title'] ?? '').trim() || undefined;
				node.properties = { src, ...(alt ? { alt } : {}) };
				images.push({ element: node, src, alt });
				next.push(node);
				continue;
			}
			// Attributes mean nothing in Markdown, and dropping them drops every style and event handler.
			node.properties = tag === 'a' ? { href: node.properties['href'] } : tag === 'td' || tag === 'th' ? { align: node.properties['align'] } : {};
			clean(node);
			next.push(...(tag === 'p' ? hoistEmbeds(node) : [node]));
		}
		let children = next;
		const container = parent.type === 'root' ? 'root' : parent.tagName;
		if (BLOCK_CONTAINERS.has(container)) {
			const split = splitAtBreakRuns(children);
			if (split) children = split;
			if (container !== 'root') children = trimBreaks(children);
		}
		// Paragraphs with nothing but spaces and breaks, which both editors leave behind.
		children = children.filter((child) => !(isElement(child, 'p') && child.children.every((inner) => isBlank(inner) || isElement(inner, 'br'))));
		parent.children = children;
	};
	clean(tree);

	// A post's title is its page's only <h1>: the body's headings start at <h2> and never skip a level
	// (old blogs jump from the title to <h3> for looks), so screen-reader users can follow the outline.
	const headings: Element[] = [];
	const findHeadings = (node: HastRoot | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (/^h[1-6]$/.test(child.tagName)) headings.push(child);
			else findHeadings(child);
		}
	};
	findHeadings(tree);
	const offset = 2 - Math.min(...headings.map((heading) => Number(heading.tagName.slice(1))));
	let previous = 1;
	for (const heading of headings) {
		const level = Math.min(Math.max(Number(heading.tagName.slice(1)) + offset, 2), previous + 1, 6);
		heading.tagName = `h${level}`;
		previous = level;
	}

	// Figures become the image and its caption in italics, since Markdown has no figure.
	const figures = (node: HastRoot | Element) => {
		const result: ElementContent[] = [];
		for (const child of node.children) {
			if (child.type === 'doctype' || child.type === 'mdxjsEsm') continue;
			if (!isElement(child)) {
				result.push(child);
				continue;
			}
			figures(child);
			if (child.tagName !== 'figure') {
				result.push(child);
				continue;
			}
			const caption = child.children.find((inner): inner is Element => isElement(inner, 'figcaption'));
			const rest = child.children.filter((inner) => inner !== caption);
			const captionText = caption ? toText(caption).trim() : '';
			for (const image of images) if (!image.alt && captionText && rest.some((inner) => contains(inner, image.element))) image.alt = captionText;
			const onlyImages = rest.every((inner) => !isElement(inner) || ['img', 'a'].includes(inner.tagName) || isBlank(inner));
			if (onlyImages) result.push({ type: 'element', tagName: 'p', properties: {}, children: rest });
			else result.push(...rest.filter(isElementContent));
			if (captionText)
				result.push({
					type: 'element',
					tagName: 'p',
					properties: {},
					children: [{ type: 'element', tagName: 'em', properties: {}, children: caption?.children ?? [] }],
				});
		}
		node.children = result;
	};
	figures(tree);

	const firstParagraph =
		tree.children
			.flatMap((node) =>
				isElement(node)
					? node.tagName === 'p'
						? [node]
						: node.tagName === 'div'
							? node.children.filter((inner): inner is Element => isElement(inner, 'p'))
							: []
					: [],
			)
			.map((paragraph) => toText(paragraph).replace(/\s+/g, ' ').trim())
			.find((text) => text.length > 0) ?? toText(tree).replace(/\s+/g, ' ').trim().slice(0, 400);

	return { tree, images, notes: [...new Set(notes)], firstParagraph, text: toText(tree).replace(/\s+/g, ' ').trim() };
}

/** An embed is a block of its own: a paragraph around one is split before and after it. */
function hoistEmbeds(paragraph: Element): ElementContent[] {
	const isEmbed = (node: ElementContent) => isElement(node, 'div') && node.children.some((child) => isElement(child, 'iframe'));
	if (!paragraph.children.some(isEmbed)) return [paragraph];
	const result: ElementContent[] = [];
	let run: ElementContent[] = [];
	const flush = () => {
		if (run.some((node) => !isBlank(node))) result.push({ type: 'element', tagName: 'p', properties: {}, children: trimBreaks(run) });
		run = [];
	};
	for (const child of paragraph.children) {
		if (isEmbed(child)) {
			flush();
			result.push(child);
		} else run.push(child);
	}
	flush();
	return result;
}

function isElementContent(node: ElementContent): boolean {
	return isElement(node) || !isBlank(node);
}

/** Whether `node` holds `target`, or with no target, any image. */
function contains(node: ElementContent, target: Element | undefined): boolean {
	if (target === undefined ? isElement(node, 'img') : node === target) return true;
	return isElement(node) && node.children.some((child) => contains(child, target));
}

/** Writes the cleaned tree as Markdown, each image at `sourceFor(image)` with its alt text. */
export function finishBody(prepared: PreparedBody, sourceFor: (image: BodyImage) => { src: string; alt: string }): string {
	for (const image of prepared.images) {
		const { src, alt } = sourceFor(image);
		image.element.properties = { src, alt };
	}
	const mdast: MdastRoot = toMdast.runSync(prepared.tree);
	// An embed alone in a paragraph becomes a block of its own, which the sanitiser reads whole.
	mdast.children = mdast.children.flatMap((node) =>
		node.type === 'paragraph' &&
		node.children.some((child) => child.type === 'html') &&
		node.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === ''))
			? node.children.filter((child): child is Html => child.type === 'html')
			: [node],
	);
	return String(stringifier.stringify(mdast))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** The plain text of an HTML fragment (comments, excerpts), paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
	const tree = parser.parse(html.replace(/(<br\s*\/?>\s*){2,}/gi, '</p><p>'));
	return toText(tree, { whitespace: 'normal' })
		.split(/\n{2,}/)
		.map((paragraph) =>
			paragraph
				.replace(/[ \t]+/g, ' ')
				.replace(/ ?\n ?/g, '\n')
				.trim(),
		)
		.filter(Boolean)
		.join('\n\n');
}
