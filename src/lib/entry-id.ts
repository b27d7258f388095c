import { slug } from 'github-slugger';

/**
 * The id of an entry from its path inside its collection folder:
 * `2024/First Call.md` → `2024/first-call`, `lagos-lima/index.md` → `lagos-lima`.
 * Astro's loaders and the content checker both use it, so they agree on ids
 * and URLs.
 */
export function entryId(relativePath: string): string {
	const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
	const segments = withoutExtension.split('/').map((segment) => slug(segment));
	if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
	return segments.join('/');
}
