/**
 * `content/redirects.yaml`: old addresses of the program's previous site
 * (Blogger, WordPress…) and the page of this site each one now leads to.
 * `npm run import` adds to it; coordinators may add lines by hand:
 *
 *   /2019/03/our-first-call.html: /blog/2019/our-first-call/
 *   /search/label/reading: /tags/reading/
 *   "/?p=123": /blog/2019/our-first-call/
 *
 * After the build, every old path gets a small page that sends readers on
 * (and `dist/_redirects` lists them for hosts that read one); old addresses
 * that differ only in their query (`/?p=123`) are sent on by the 404 page.
 */
import { z } from 'astro/zod';

const OLD_ADDRESS = 'must be an old address without its domain, starting with "/", like /2019/03/our-first-call.html';

/** An old address without its domain: a path, optionally with a query (`/?p=123`). */
const oldAddress = z
	.string()
	.trim()
	.regex(/^\/[^#\n]*$/, { error: OLD_ADDRESS })
	.refine((value) => !value.split(/[?]/)[0]?.split('/').includes('..'), { error: 'must not contain ".."' });

/** Where it leads: a path of this site (`/blog/2019/our-first-call/`) or a full address elsewhere. */
const newAddress = z
	.string({ error: 'must be a path of this site such as /blog/2019/our-first-call/, or a full address starting with https://' })
	.trim()
	.regex(/^(\/[^\s]*|https?:\/\/\S+)$/, { error: 'must be a path of this site such as /blog/2019/our-first-call/, or a full address starting with https://' });

export const redirectsSchema = z.record(oldAddress, newAddress, {
	error: (issue) =>
		issue.code === 'invalid_key'
			? OLD_ADDRESS
			: 'must be a list of "old address: new address" lines, like /2019/03/our-first-call.html: /blog/2019/our-first-call/',
});

export type Redirects = z.infer<typeof redirectsSchema>;

/** Splits an old address into its path and its query parameters (`/?p=123` → `/`, p=123). */
export function splitOldAddress(address: string): { path: string; query: URLSearchParams | undefined } {
	const index = address.indexOf('?');
	if (index < 0) return { path: address, query: undefined };
	return { path: address.slice(0, index), query: new URLSearchParams(address.slice(index + 1)) };
}
