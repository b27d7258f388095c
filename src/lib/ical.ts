/**
 * Events as iCalendar files (RFC 5545), through ical-generator: times keep
 * the event's own time zone (DTSTART;TZID=…), with the zone's rules embedded
 * (VTIMEZONE from timezones-ical-library), so calendars show the time the
 * organisers wrote and convert it for each reader.
 */
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface CalendarEvent {
	/** Stable across builds, so a subscribed calendar updates the event instead of adding a copy. */
	uid: string;
	title: string;
	start: Temporal.ZonedDateTime;
	end: Temporal.ZonedDateTime;
	description: string;
	/** The event's page. */
	url: string;
	/** Where to join: the online link, or the place's name and city. */
	location?: string | undefined;
}

export interface CalendarOptions {
	/** The calendar's name in the reader's app: "Open Stacks Fellowship: events". */
	name: string;
	/** The host that makes uids unique: "openstacks.example.org". */
	host: string;
	/** When the file was made (DTSTAMP); pinned by the build date, so the same build makes the same file. */
	stamp: Date;
}

/** An iCalendar file holding the events. */
export function eventsCalendar(events: readonly CalendarEvent[], { name, host, stamp }: CalendarOptions): string {
	const calendar = new ICalCalendar({
		name,
		prodId: { company: host, product: 'interlibrary', language: 'EN' },
		timezone: { name: '', generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
	});
	for (const event of events) {
		calendar.createEvent({
			id: `${event.uid}@${host}`,
			start: event.start,
			end: event.end,
			timezone: event.start.timeZoneId,
			stamp,
			summary: event.title,
			description: event.description,
			url: event.url,
			status: ICalEventStatus.CONFIRMED,
			...(event.location ? { location: event.location } : {}),
		});
	}
	return calendar.toString();
}
