/**
 * The schemas of the program's year between convenings: events (dialogues,
 * cafés, webinars, deadlines) and opportunities passed on to participants
 * (calls for papers and posters, grants, awards, committees).
 */
import { z } from 'astro/zod';
import { countryCode, languageTag, webUrl } from './fields.ts';
import { dateTimeOrder, dayOrder, localDateTime, scheduleDay, timeZone } from './calendar.ts';
import { reference } from './reference.ts';

const summary = z
	.string({ error: 'is missing: write one or two sentences for lists and search results' })
	.trim()
	.min(1)
	.max(400, { error: 'is longer than 400 characters: keep it to one or two sentences' });

export const EVENT_KINDS = ['dialogue', 'cafe', 'webinar', 'deadline', 'meeting'] as const;

/** `content/events/<slug>.md`: a virtual dialogue, café, webinar or deadline of the program. */
export const eventSchema = z
	.strictObject({
		title: z.string({ error: 'is missing: give the event a title' }).trim().min(1),
		/** dialogue, cafe, webinar, deadline or meeting. */
		kind: z.enum(EVENT_KINDS, { error: `must be one of: ${EVENT_KINDS.join(', ')}` }),
		/** When it starts, in `timeZone`: `2026-03-14 15:00`. */
		start: localDateTime,
		/** When it ends, in `timeZone`; a deadline may leave it out. */
		end: localDateTime.optional(),
		/** The time zone the organisers wrote the times in: `America/Lima`, `Asia/Tokyo`. */
		timeZone,
		/** Where to join online. */
		online: webUrl.optional(),
		/** Where it takes place, for events in a room. */
		place: z.strictObject({ name: z.string().trim().min(1), city: z.string().trim().min(1), country: countryCode }).optional(),
		/** Who speaks: ids from content/people/ (guests have a file there with the role guest). */
		speakers: z.array(reference('people')).default([]),
		round: reference('rounds').optional(),
		summary,
		/** Where the recording can be watched, once it happened. */
		recording: webUrl.optional(),
		lang: languageTag.optional(),
	})
	.refine((event) => event.kind === 'deadline' || event.online !== undefined || event.place !== undefined, {
		error: 'is missing: say where to join, with `online: https://…` or `place: { name: …, city: …, country: … }`',
		path: ['online'],
	})
	.refine((event) => event.kind === 'deadline' || event.end !== undefined, {
		error: 'is missing: write when the event ends, like 2026-03-14 16:30',
		path: ['end'],
	})
	.refine((event) => !event.end || dateTimeOrder(event.end, event.start) >= 0, { error: 'is before the start', path: ['end'] });

export const OPPORTUNITY_KINDS = ['call-for-papers', 'call-for-posters', 'grant', 'award', 'committee', 'other'] as const;

/** `content/opportunities/<slug>.md`: a call, grant, award or committee to join, passed on to participants. */
export const opportunitySchema = z.strictObject({
	title: z.string({ error: 'is missing: give the opportunity a title' }).trim().min(1),
	kind: z.enum(OPPORTUNITY_KINDS, { error: `must be one of: ${OPPORTUNITY_KINDS.join(', ')}` }),
	/** Who offers it: an association, a foundation, a journal. */
	offeredBy: z.string({ error: 'is missing: name who offers it, like "a national library association"' }).trim().min(1),
	/** Where to read the call and apply. */
	link: webUrl,
	/** The last day to apply; leave out for rolling calls. Open through that day. */
	deadline: scheduleDay.optional(),
	/** Who may apply, in one sentence. */
	eligibility: z.string().trim().min(1).optional(),
	summary,
	lang: languageTag.optional(),
});

/** A round's online poster session: the posters shown for some weeks, open to comments. */
export const posterSessionSchema = z
	.strictObject({
		/** The first day of the session: `2026-09-01` (or `build+7` in sample content). */
		opens: scheduleDay,
		/** The last day. */
		closes: scheduleDay,
		/** Keep the posters off the session page until it opens. */
		hidePostersUntilOpen: z.boolean({ error: 'must be true or false' }).default(false),
	})
	.refine((session) => dayOrder(session.closes, session.opens) >= 0, { error: 'is before `opens`', path: ['closes'] });
