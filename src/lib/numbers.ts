/**
 * Numbers, lists and file sizes as readers of each language write them.
 * Intl formatters are costly to create and pages use them thousands of
 * times per build, so each is made once per locale.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, create: () => T): T {
	let formatter = cache.get(key);
	if (!formatter) {
		formatter = create();
		cache.set(key, formatter);
	}
	return formatter as T;
}

const listFormat = (locale: string) => cached(`list|${locale}`, () => new Intl.ListFormat([locale, 'en'], { style: 'long', type: 'conjunction' }));

/** Whole numbers grouped for the reader's locale: 1234 → "1,234" (en) or "1 234" (fr). */
export function formatCount(value: number, locale: string): string {
	return cached(`count|${locale}`, () => new Intl.NumberFormat([locale, 'en'])).format(value);
}

/** A list joined the way the language does it: "Ana, Kenji and Aroha". */
export function formatList(items: readonly string[], locale: string): string {
	return listFormat(locale).format(items);
}

/** A list's parts, so each item can be rendered (as a link, say) between the language's separators. */
export function listParts(items: readonly string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
	return listFormat(locale).formatToParts(items);
}

/** A file size as people say it: "1.4 MB", "820 kB". */
export function formatFileSize(bytes: number, locale: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
	return cached(
		`size|${locale}|${unit}`,
		() => new Intl.NumberFormat([locale, 'en'], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
	).format(value);
}
