/** The site's events as iCalendar files: one per event, and one with them all to subscribe to. */
import { eventsCalendar, type CalendarEvent } from '../lib/ical.ts';
import { uiFor } from '../i18n/ui.ts';
import { countryName } from '../lib/countries.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, getCatalog, type ScheduledEvent } from './catalog.ts';

function calendarEvent(catalog: Catalog, { entry, start, end }: ScheduledEvent, site: URL): CalendarEvent {
	const page = new URL(href(routes.event(entry.id)), site).href;
	const { place, online } = entry.data;
	const location = place ? `${place.name}, ${place.city}, ${countryName(place.country, catalog.siteLang)}` : online;
	return {
		uid: `event-${entry.id}`,
		title: entry.data.title,
		start,
		end,
		description: `${entry.data.summary}\n\n${page}`,
		url: page,
		location,
	};
}

/** The iCalendar file of one event (by id), or of every event when no id is given. */
export async function eventsIcs(site: URL, id?: string): Promise<string> {
	const catalog = await getCatalog();
	const chosen = id === undefined ? catalog.events : catalog.events.filter((event) => event.entry.id === id);
	return eventsCalendar(
		chosen.map((event) => calendarEvent(catalog, event, site)),
		{
			name:
				id === undefined
					? uiFor(catalog, catalog.uiLanguages[0] ?? 'en').t('calendar.name', { program: catalog.program.name })
					: (chosen[0]?.entry.data.title ?? catalog.program.name),
			host: site.hostname,
			stamp: catalog.build,
		},
	);
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
