/** Whole numbers grouped for the reader's locale: 1234 → "1,234" (en) or "1 234" (fr). */
export function formatCount(value: number, locale: string): string {
	return new Intl.NumberFormat([locale, 'en']).format(value);
}

/** A list joined the way the language does it: "Ana, Kenji and Aroha". */
export function formatList(items: readonly string[], locale: string): string {
	return new Intl.ListFormat([locale, 'en'], { style: 'long', type: 'conjunction' }).format(items);
}

/** A file size as people say it: "1.4 MB", "820 kB". */
export function formatFileSize(bytes: number, locale: string): string {
	const [value, unit] =
		bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
	return new Intl.NumberFormat([locale, 'en'], {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: 1,
	}).format(value);
}
