/**
 * The moment the site is built, which decides what is "upcoming" and "open".
 * INTERLIBRARY_BUILD_DATE (an ISO day, `2026-11-20`, or instant,
 * `2026-11-20T09:00:00Z`) pins it, so tests and reproducible builds do not
 * depend on the day they run; otherwise it is now.
 */
let pinned: Date | undefined;

export function buildDate(): Date {
	if (pinned) return pinned;
	const written = process.env['INTERLIBRARY_BUILD_DATE']?.trim();
	const date = written ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(written) ? `${written}T00:00:00Z` : written) : new Date();
	if (Number.isNaN(date.getTime())) throw new Error(`INTERLIBRARY_BUILD_DATE="${written}" is not a date; write it like 2026-11-20 or 2026-11-20T09:00:00Z`);
	pinned = date;
	return date;
}
