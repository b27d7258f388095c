/**
 * Zod fragments for days and times that are compared with the build's date:
 * poster sessions, events and deadlines. They keep what was written (checked),
 * not a resolved date, because a day counted from the build (`build+21`) must
 * be resolved on every build, and Astro keeps parsed entries between builds.
 * `src/lib/schedule.ts` resolves them.
 */
import { z } from 'astro/zod';
import { isTimeZone, type LocalDateTimeSpec, parseDaySpec, parseLocalDateTime, type DaySpec } from '../lib/schedule.ts';

/** YAML may already have read `2026-03-14` (or `2026-03-14 15:00:00`) as a date: back to what was written. */
function asWritten(value: string | Date): string {
	if (typeof value === 'string') return value.trim();
	const iso = value.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

const written = z.union([z.string(), z.date()], { error: 'must be a day written as YYYY-MM-DD, like 2026-03-14' }).transform(asWritten);

/** A day: `2026-03-14`, or `build+21` (21 days after the day the site is built) for sample and template content. */
export const scheduleDay = written.transform((text, ctx): DaySpec => {
	const spec = parseDaySpec(text);
	if (!spec) {
		ctx.addIssue({ code: 'custom', message: `"${text}" is not a day; write it as YYYY-MM-DD, like 2026-03-14` });
		return z.NEVER;
	}
	return spec;
});

/** A day and time of day in the entry's time zone: `2026-03-14 15:00` (24-hour clock). */
export const localDateTime = written.transform((text, ctx): LocalDateTimeSpec => {
	const spec = parseLocalDateTime(text);
	if (!spec) {
		ctx.addIssue({ code: 'custom', message: `"${text}" is not a day and time; write it as YYYY-MM-DD HH:MM on a 24-hour clock, like 2026-03-14 15:00` });
		return z.NEVER;
	}
	return spec;
});

/** An IANA time zone name, such as `America/Lima`, `Africa/Lagos` or `Asia/Tokyo`. */
export const timeZone = z
	.string({ error: 'must be a time zone name such as America/Lima, Africa/Lagos or Asia/Tokyo' })
	.trim()
	.refine(isTimeZone, {
		error: (issue) =>
			`"${String(issue.input)}" is not a time zone name; use one such as America/Lima, Africa/Lagos or Asia/Tokyo (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)`,
	});

/** Orders two written days when both are calendar days (days counted from the build always keep their order). */
export function dayOrder(a: DaySpec, b: DaySpec): number {
	if ('day' in a && 'day' in b) return a.day.localeCompare(b.day);
	if ('daysFromBuild' in a && 'daysFromBuild' in b) return a.daysFromBuild - b.daysFromBuild;
	return 0;
}

/** Orders two written times, as far as that can be known without the build's day. */
export function dateTimeOrder(a: LocalDateTimeSpec, b: LocalDateTimeSpec): number {
	return dayOrder(a.day, b.day) || (sameKind(a.day, b.day) ? a.time.localeCompare(b.time) : 0);
}

function sameKind(a: DaySpec, b: DaySpec): boolean {
	return ('day' in a && 'day' in b) || ('daysFromBuild' in a && 'daysFromBuild' in b);
}
