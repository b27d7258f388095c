/**
 * The program's calendar logic: days and times written in content files,
 * resolved against the day the site is built. A static site can only know
 * "upcoming" and "open" as of its build, so every function here takes the
 * build's instant as an argument (see `build-date.ts`), and tests pin it.
 *
 * Two ways to write a day:
 * - a calendar day, `2026-03-14`;
 * - a day counted from the build, `build+21` or `build-30`, for sample and
 *   template content that must stay current however late it is built.
 * A time of day follows the day after a space: `2026-03-14 15:00`, `build+21 15:00`.
 */
import { Temporal } from 'temporal-polyfill';

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RELATIVE_DAY = /^build([+-]\d{1,4})$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A day as written: a calendar day, or a number of days after (or before) the build's day. */
export type DaySpec = { day: string } | { daysFromBuild: number };

/** A day and a time of day as written, in the zone the content names. */
export interface LocalDateTimeSpec {
	day: DaySpec;
	/** `HH:mm`, 24-hour clock. */
	time: string;
}

/** Reads `2026-03-14` or `build+21`; undefined when it is neither (or not a real day). */
export function parseDaySpec(text: string): DaySpec | undefined {
	const trimmed = text.trim();
	const relative = RELATIVE_DAY.exec(trimmed);
	if (relative) return { daysFromBuild: Number(relative[1]) };
	const match = CALENDAR_DAY.exec(trimmed);
	if (!match) return undefined;
	try {
		Temporal.PlainDate.from({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, { overflow: 'reject' });
		return { day: trimmed };
	} catch {
		return undefined;
	}
}

/**
 * Reads `2026-03-14 15:00`, `2026-03-14T15:00` or `build+21 15:00`. A bare day
 * is read at `fallbackTime` when one is given (a deadline's end of day).
 */
export function parseLocalDateTime(text: string, fallbackTime?: string): LocalDateTimeSpec | undefined {
	const [dayText = '', timeText, ...rest] = text.trim().split(/[ T]+/);
	if (rest.length > 0) return undefined;
	const day = parseDaySpec(dayText);
	const time = timeText ?? fallbackTime;
	if (!day || !time || !TIME_OF_DAY.test(time)) return undefined;
	return { day, time };
}

/** The build's day, as a calendar day in UTC. */
export function buildDay(build: Date): Temporal.PlainDate {
	return Temporal.Instant.fromEpochMilliseconds(build.getTime()).toZonedDateTimeISO('UTC').toPlainDate();
}

/** The calendar day a day spec names, for a build at `build`. */
export function resolveDay(spec: DaySpec, build: Date): Temporal.PlainDate {
	return 'day' in spec ? Temporal.PlainDate.from(spec.day) : buildDay(build).add({ days: spec.daysFromBuild });
}

/** A calendar day as the site's other dates are kept: midnight UTC of that day. */
export function dayAsDate(day: Temporal.PlainDate): Date {
	return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** Whether `zone` is a time zone name that this system knows, such as `Asia/Tokyo` or `America/Lima`. */
export function isTimeZone(zone: string): boolean {
	try {
		Temporal.Now.zonedDateTimeISO(zone);
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/** The moment a local day and time happen in a time zone (the earlier one when clocks fall back). */
export function resolveLocalDateTime(spec: LocalDateTimeSpec, timeZone: string, build: Date): Temporal.ZonedDateTime {
	const day = resolveDay(spec.day, build);
	const [hour, minute] = spec.time.split(':').map(Number);
	return day.toPlainDateTime({ hour: hour ?? 0, minute: minute ?? 0 }).toZonedDateTime(timeZone, { disambiguation: 'compatible' });
}

/** Whether an event that ends at `end` is still to come (or under way) at the build. */
export function isUpcoming(end: Temporal.ZonedDateTime, build: Date): boolean {
	return end.epochMilliseconds > build.getTime();
}

export type OpportunityStatus = 'open' | 'closes-today' | 'rolling' | 'closed';

/**
 * Whether an opportunity is open at the build. A deadline is a calendar day:
 * open up to and including that day, as counted in UTC on the build's day.
 * Since the page stays as built until the next build, an opportunity whose
 * deadline is the build's own day says "closes today", and a deadline before
 * the build's day is closed: a past deadline is never shown as open.
 */
export function opportunityStatus(deadline: Temporal.PlainDate | undefined, build: Date): OpportunityStatus {
	if (!deadline) return 'rolling';
	const comparison = Temporal.PlainDate.compare(deadline, buildDay(build));
	if (comparison < 0) return 'closed';
	return comparison === 0 ? 'closes-today' : 'open';
}

export type SessionState = 'upcoming' | 'open' | 'closed';

/** Where a poster session stands at the build: open from its first day through its last. */
export function sessionState(opens: Temporal.PlainDate, closes: Temporal.PlainDate, build: Date): SessionState {
	const today = buildDay(build);
	if (Temporal.PlainDate.compare(today, opens) < 0) return 'upcoming';
	return Temporal.PlainDate.compare(today, closes) > 0 ? 'closed' : 'open';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat([locale, 'en'], options);
		formatters.set(key, format);
	}
	return format;
}

/** The place a time zone is named after: `Asia/Tokyo` → "Tokyo", `America/Argentina/Buenos_Aires` → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
	return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/**
 * When an event happens, as its own time zone reads it, with the zone named
 * by its offset and its city: "Wednesday, December 2, 2026, 19:00–20:30 GMT+9 (Tokyo time)".
 */
export function formatEventTime(start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime, locale: string): string {
	const options: Intl.DateTimeFormatOptions = {
		timeZone: start.timeZoneId,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	};
	const from = new Date(start.epochMilliseconds);
	const to = new Date(end.epochMilliseconds);
	const when = from.getTime() === to.getTime() ? formatter(locale, options).format(from) : formatter(locale, options).formatRange(from, to);
	return `${when} (${zoneCity(start.timeZoneId)} time)`;
}

/**
 * A link to a time zone converter showing the event's start in the reader's
 * zone: timeanddate.com's fixed-time page takes the moment in UTC.
 */
export function convertTimeUrl(start: Temporal.ZonedDateTime, title: string): string {
	const utc = start.toInstant().toZonedDateTimeISO('UTC');
	const iso = `${utc.year}${String(utc.month).padStart(2, '0')}${String(utc.day).padStart(2, '0')}T${String(utc.hour).padStart(2, '0')}${String(utc.minute).padStart(2, '0')}`;
	return `https://www.timeanddate.com/worldclock/fixedtime.html?iso=${iso}&msg=${encodeURIComponent(title)}`;
}

/** A day as the `datetime` attribute of `<time>` wants it: `2026-03-14`. */
export function isoDayOf(day: Temporal.PlainDate): string {
	return day.toString();
}
