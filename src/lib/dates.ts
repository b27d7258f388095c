/**
 * Dates as readers see them. Content dates are calendar days (YAML `2024-03-14`),
 * which parse as midnight UTC: format them in UTC so no reader sees the day before.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat([locale, 'en'], { timeZone: 'UTC', ...options });
		formatters.set(key, format);
	}
	return format;
}

/** "14 March 2024" in English, "14 de marzo de 2024" in Spanish. */
export function formatDate(date: Date, locale: string): string {
	return formatter(locale, { dateStyle: 'long' }).format(date);
}

/** "March 2024", for archive headings. */
export function formatMonth(date: Date, locale: string): string {
	return formatter(locale, { year: 'numeric', month: 'long' }).format(date);
}

/** A date range with the shared parts said once: "12–14 June 2024". */
export function formatDateRange(start: Date, end: Date, locale: string): string {
	return formatter(locale, { dateStyle: 'long' }).formatRange(start, end);
}

/** The `datetime` attribute of a `<time>` element for a calendar day: "2024-03-14". */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
