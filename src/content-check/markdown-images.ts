/**
 * The images in a Markdown body (`![alt](./images/x.jpg)`): each needs alt
 * text, provisional alt text from an import is listed for a coordinator to
 * finish, and a local image must exist (or the build would stop with
 * Astro's own, less readable, error).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { isProvisionalAlt } from '../lib/alt-text.ts';
import type { Problem } from './problem.ts';

interface BodyImage {
	alt: string;
	url: string;
	line: number;
}

function collectImages(node: Nodes, found: BodyImage[]): void {
	if (node.type === 'image') found.push({ alt: node.alt ?? '', url: node.url, line: node.position?.start.line ?? 1 });
	if ('children' in node) for (const child of node.children) collectImages(child, found);
}

/** True for an image address inside the content folder (not a web address, not a site path). */
function isLocal(url: string): boolean {
	return !/^([a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(url);
}

/**
 * Problems with the images in one Markdown body. `bodyLine` is the file's line
 * the body starts on, so messages point at the right line.
 */
export function checkBodyImages(body: string, bodyLine: number, file: string, absoluteFile: string, display: (p: string) => string): Problem[] {
	// Parsing is the checker's most expensive step per post; most bodies have no image syntax at all.
	if (!body.includes('![')) return [];
	const images: BodyImage[] = [];
	collectImages(fromMarkdown(body), images);
	const problems: Problem[] = [];
	for (const { alt, url, line } of images) {
		const where = { line: line + bodyLine - 1 };
		if (alt.trim() === '') {
			problems.push({
				file,
				...where,
				message: `the image ${url} has no alt text: describe what it shows between the square brackets, like ![Six teenagers reading under a tree](${url})`,
			});
		} else if (isProvisionalAlt(alt)) {
			problems.push({
				file,
				...where,
				warning: true,
				message: `the image ${url} has provisional alt text from the import ("${alt}"): replace it with a description of what the image shows`,
			});
		}
		if (isLocal(url)) {
			let decoded = url;
			try {
				decoded = decodeURI(url);
			} catch {
				// A stray "%" in a file name: look for the name as written.
			}
			const target = path.resolve(path.dirname(absoluteFile), decoded);
			if (!existsSync(target) || !statSync(target).isFile()) {
				problems.push({
					file,
					...where,
					message: `the image ${url} is not there: there is no ${display(target)}. Add the image or fix the path (it is relative to this file)`,
				});
			}
		}
	}
	return problems;
}
