/**
 * The program's year: the date logic behind "upcoming", "open" and poster
 * sessions (always with a build date given, never today's), events as
 * iCalendar files read back by a parser, certificates as PDFs read back by
 * pdf.js, and the checker's lines for the new collections and fields.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem, sortProblems } from '../../src/content-check/problem.ts';
import { certificatePdf } from '../../src/lib/certificate/certificate-pdf.ts';
import { textRuns } from '../../src/lib/certificate/text-runs.ts';
import { eventsCalendar } from '../../src/lib/ical.ts';
import { documentOptions } from '../../src/lib/pdf/render-page.ts';
import { feedbackHref } from '../../src/lib/poster-feedback.ts';
import {
	buildDay,
	formatEventTime,
	isUpcoming,
	opportunityStatus,
	parseDaySpec,
	parseLocalDateTime,
	resolveDay,
	resolveLocalDateTime,
	sessionState,
} from '../../src/lib/schedule.ts';
import { type Tree, writeContentTree } from '../support/content-tree.ts';

const at = (iso: string) => new Date(iso);
const day = (iso: string) => Temporal.PlainDate.from(iso);
const local = (text: string) => {
	const spec = parseLocalDateTime(text);
	if (!spec) throw new Error(`${text} does not parse`);
	return spec;
};

describe('days and times as content writes them', () => {
	test('reads calendar days and days counted from the build, and refuses days that do not exist', () => {
		expect(parseDaySpec('2026-03-14')).toEqual({ day: '2026-03-14' });
		expect(parseDaySpec('build+21')).toEqual({ daysFromBuild: 21 });
		expect(parseDaySpec('build-3')).toEqual({ daysFromBuild: -3 });
		expect(parseDaySpec('2026-02-30')).toBeUndefined();
		expect(parseDaySpec('next week')).toBeUndefined();
		expect(parseLocalDateTime('2026-03-14 15:00')).toEqual({ day: { day: '2026-03-14' }, time: '15:00' });
		expect(parseLocalDateTime('2026-03-14T09:30')).toEqual({ day: { day: '2026-03-14' }, time: '09:30' });
		expect(parseLocalDateTime('2026-03-14 25:00')).toBeUndefined();
		expect(parseLocalDateTime('2026-03-14')).toBeUndefined();
	});

	test('a day counted from the build is counted from the build day in UTC', () => {
		// 23:30 in Lima on 19 November is already 20 November in UTC.
		const build = at('2026-11-20T04:30:00Z');
		expect(buildDay(build).toString()).toBe('2026-11-20');
		expect(resolveDay({ daysFromBuild: 9 }, build).toString()).toBe('2026-11-29');
		expect(resolveDay({ daysFromBuild: -1 }, at('2027-01-01T00:00:00Z')).toString()).toBe('2026-12-31');
	});

	test('an event time is the moment it happens in its own time zone', () => {
		const build = at('2026-11-20T00:00:00Z');
		expect(resolveLocalDateTime(local('2026-12-10 15:00'), 'Asia/Tokyo', build).toInstant().toString()).toBe('2026-12-10T06:00:00Z');
		expect(resolveLocalDateTime(local('2026-12-10 15:00'), 'America/Lima', build).toInstant().toString()).toBe('2026-12-10T20:00:00Z');
		// Summer time: Paris is UTC+2 in July and UTC+1 in January.
		expect(resolveLocalDateTime(local('2026-07-01 18:00'), 'Europe/Paris', build).toInstant().toString()).toBe('2026-07-01T16:00:00Z');
		expect(resolveLocalDateTime(local('2026-01-15 18:00'), 'Europe/Paris', build).toInstant().toString()).toBe('2026-01-15T17:00:00Z');
		// 02:30 does not exist in Paris on the night clocks go forward: it is read as 03:30.
		expect(resolveLocalDateTime(local('2026-03-29 02:30'), 'Europe/Paris', build).toInstant().toString()).toBe('2026-03-29T01:30:00Z');
	});

	test('an event is upcoming until it ends, wherever it takes place', () => {
		const end = resolveLocalDateTime(local('2026-11-20 18:00'), 'Asia/Tokyo', at('2026-11-20T00:00:00Z'));
		// 18:00 in Tokyo is 09:00 UTC.
		expect(isUpcoming(end, at('2026-11-20T08:59:00Z'))).toBe(true);
		expect(isUpcoming(end, at('2026-11-20T09:00:00Z'))).toBe(false);
		// The same wall-clock time in Lima is fourteen hours later.
		const inLima = resolveLocalDateTime(local('2026-11-20 18:00'), 'America/Lima', at('2026-11-20T00:00:00Z'));
		expect(isUpcoming(inLima, at('2026-11-20T09:00:00Z'))).toBe(true);
	});

	test('a deadline is open through its day, says "closes today" on the build day, and is never open after', () => {
		const deadline = day('2026-11-20');
		expect(opportunityStatus(deadline, at('2026-11-19T23:59:00Z'))).toBe('open');
		expect(opportunityStatus(deadline, at('2026-11-20T00:00:00Z'))).toBe('closes-today');
		expect(opportunityStatus(deadline, at('2026-11-20T23:59:59Z'))).toBe('closes-today');
		expect(opportunityStatus(deadline, at('2026-11-21T00:00:00Z'))).toBe('closed');
		expect(opportunityStatus(undefined, at('2026-11-21T00:00:00Z'))).toBe('rolling');
	});

	test('a poster session is upcoming before its first day, open through its last, then closed', () => {
		const opens = day('2026-09-01');
		const closes = day('2026-09-28');
		expect(sessionState(opens, closes, at('2026-08-31T23:59:00Z'))).toBe('upcoming');
		expect(sessionState(opens, closes, at('2026-09-01T00:00:00Z'))).toBe('open');
		expect(sessionState(opens, closes, at('2026-09-28T22:00:00Z'))).toBe('open');
		expect(sessionState(opens, closes, at('2026-09-29T00:00:00Z'))).toBe('closed');
	});

	test('event times are written in the event’s zone, with the zone named', () => {
		const build = at('2026-11-20T00:00:00Z');
		const start = resolveLocalDateTime(local('2026-12-02 19:00'), 'Asia/Tokyo', build);
		const end = resolveLocalDateTime(local('2026-12-02 20:30'), 'Asia/Tokyo', build);
		// Intl puts thin spaces around the dash.
		expect(formatEventTime(start, end, 'en').replace(/\s/g, ' ')).toBe('Wednesday, December 2, 2026, 19:00 – 20:30 GMT+9 (Tokyo time)');
	});
});

describe('events as iCalendar files', () => {
	test('a parser reads back each event with its title, time zone, moments and address', () => {
		const build = at('2026-11-20T09:00:00Z');
		const tokyo = {
			start: resolveLocalDateTime(local('2026-12-02 19:00'), 'Asia/Tokyo', build),
			end: resolveLocalDateTime(local('2026-12-02 20:30'), 'Asia/Tokyo', build),
		};
		const paris = {
			start: resolveLocalDateTime(local('2026-07-01 18:00'), 'Europe/Paris', build),
			end: resolveLocalDateTime(local('2026-07-01 19:00'), 'Europe/Paris', build),
		};
		const ics = eventsCalendar(
			[
				{
					uid: 'event-webinar',
					title: 'Webinar: consent, and; commas',
					...tokyo,
					description: 'About consent.',
					url: 'https://x.example.org/events/webinar/',
					location: 'https://meet.example.org/w',
				},
				{ uid: 'event-cafe', title: 'Café in Paris', ...paris, description: 'Summer café.', url: 'https://x.example.org/events/cafe/' },
			],
			{ name: 'Test: events', host: 'x.example.org', stamp: build },
		);
		const calendar = new ICAL.Component(ICAL.parse(ics));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test: events');
		const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => new ICAL.Timezone(zone));
		for (const zone of zones) ICAL.TimezoneService.register(zone);
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(
			events.map((event) => ({
				uid: event.uid,
				summary: event.summary,
				zone: event.startDate.zone.tzid,
				localStart: event.startDate.toString(),
				start: event.startDate.toJSDate().toISOString(),
				end: event.endDate.toJSDate().toISOString(),
				location: event.location,
			})),
		).toEqual([
			{
				uid: 'event-webinar@x.example.org',
				summary: 'Webinar: consent, and; commas',
				zone: 'Asia/Tokyo',
				localStart: '2026-12-02T19:00:00',
				start: '2026-12-02T10:00:00.000Z',
				end: '2026-12-02T11:30:00.000Z',
				location: 'https://meet.example.org/w',
			},
			{
				uid: 'event-cafe@x.example.org',
				summary: 'Café in Paris',
				zone: 'Europe/Paris',
				localStart: '2026-07-01T18:00:00',
				start: '2026-07-01T16:00:00.000Z',
				end: '2026-07-01T17:00:00.000Z',
				location: null,
			},
		]);
		for (const zone of zones) ICAL.TimezoneService.remove(zone.tzid);
	});
});

/** The text pdf.js reads from page 1 of a PDF, one string per line it finds. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; width: number; height: number }> {
	const task = getDocument(documentOptions(bytes));
	try {
		const doc = await task.promise;
		const page = await doc.getPage(1);
		const content = await page.getTextContent();
		const [, , width = 0, height = 0] = page.view;
		return { text: content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''), width, height };
	} finally {
		await task.destroy();
	}
}

describe('certificates as PDFs', () => {
	test('pdf.js reads every line back, in Latin, Arabic, Devanagari, Japanese and Cyrillic, from one landscape A4 page', async () => {
		const bytes = await certificatePdf({
			program: 'Open Stacks Fellowship',
			heading: 'Certificate of completion',
			person: 'Priya Deshpande',
			lines: ['Savitribai Phule Reading Room, India', 'Poster: حكايات الجدات', 'पुणे वाचनालय', '佐藤健二', 'Казки в укритті', 'Nguyễn Thị Lan'],
			signedBy: 'Coordinators: Marieke de Vries and Thandi Nkosi',
			verifyUrl: 'https://openstacks.example.org/certificates/2024/priya-deshpande/',
			title: 'Certificate of completion: Priya Deshpande',
			lang: 'en',
			date: at('2026-11-20T09:00:00Z'),
		});
		const { text, width, height } = await pdfText(bytes);
		expect(Math.round(width)).toBe(842);
		expect(Math.round(height)).toBe(595);
		for (const expected of [
			'Open Stacks Fellowship',
			'Certificate of completion',
			'Priya Deshpande',
			'Savitribai Phule Reading Room, India',
			'حكايات الجدات',
			'पुणे वाचनालय',
			'佐藤健二',
			'Казки в укритті',
			'Nguyễn Thị Lan',
			'Verify at https://openstacks.example.org/certificates/2024/priya-deshpande/',
		]) {
			expect(text.normalize('NFC')).toContain(expected);
		}
	});

	test('the same certificate makes the same bytes', async () => {
		const text = {
			program: 'P',
			heading: 'Certificate of completion',
			person: 'A B',
			lines: ['x'],
			signedBy: 'C',
			verifyUrl: 'https://p.example.org/c/',
			title: 't',
			lang: 'en',
			date: at('2026-11-20T00:00:00Z'),
		};
		expect(Buffer.from(await certificatePdf(text)).equals(Buffer.from(await certificatePdf(text)))).toBe(true);
	});

	test('a line is cut into runs each font can set, drawn right to left when the line reads that way', () => {
		const latin = { name: 'latin', covers: (c: number) => c < 0x0600 };
		const arabic = { name: 'arabic', covers: (c: number) => (c >= 0x0600 && c < 0x0700) || c === 0x20 };
		const runs = (text: string) => textRuns(text, [latin, arabic]).map((run) => `${run.font.name}:${run.text}`);
		expect(runs('Poster: حكايات الجدات')).toEqual(['latin:Poster: ', 'arabic:حكايات الجدات']);
		expect(runs('حكايات الجدات (Cairo)')).toEqual(['latin:(Cairo)', 'arabic:حكايات الجدات ']);
	});
});

describe('feedback on posters without giscus', () => {
	test('"Send feedback" writes to the address in program.yaml with a subject, or opens its form', () => {
		expect(feedbackHref({ posterFeedback: { feedback: 'mailto:posters@example.org' } }, 'Feedback on "A"')).toBe(
			'mailto:posters@example.org?subject=Feedback%20on%20%22A%22',
		);
		expect(feedbackHref({ posterFeedback: { feedback: 'https://forms.example.org/p' } }, 'x')).toBe('https://forms.example.org/p');
		expect(feedbackHref({ email: 'hello@example.org' }, 'x')).toBe('mailto:hello@example.org?subject=x');
		expect(feedbackHref({}, 'x')).toBeUndefined();
	});
});

let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

async function check(overrides: Tree): Promise<{ problems: string[]; warnings: string[] }> {
	const { dir, cleanup } = writeContentTree(overrides);
	cleanups.push(cleanup);
	const { problems, warnings } = await checkContent({ contentDir: dir, relativeTo: dir });
	return { problems: sortProblems(problems).map(formatProblem), warnings: sortProblems(warnings).map(formatProblem) };
}

const EVENT = `---
title: A café
kind: cafe
start: 2026-12-02 19:00
end: 2026-12-02 20:30
timeZone: Asia/Tokyo
online: https://meet.example.org/cafe
speakers: [ana-lopez]
summary: An hour together.
---

Body.
`;

describe('the checker on events, opportunities, poster sessions and certificates', () => {
	test('finds nothing wrong in a valid event and opportunity', async () => {
		const opportunity = `---\ntitle: A grant\nkind: grant\nofferedBy: A foundation\nlink: https://grants.example.org\ndeadline: 2026-12-01\nsummary: Money for travel.\n---\n`;
		expect(await check({ 'events/cafe.md': EVENT, 'opportunities/grant.md': opportunity })).toEqual({ problems: [], warnings: [] });
	});

	test('says plainly what is wrong with an event', async () => {
		const broken = EVENT.replace('timeZone: Asia/Tokyo', 'timeZone: Tokyo')
			.replace('end: 2026-12-02 20:30', 'end: 2026-12-02 8pm')
			.replace('speakers: [ana-lopez]', 'speakers: [ana-lopes]')
			.replace('online: https://meet.example.org/cafe\n', '');
		expect((await check({ 'events/cafe.md': broken })).problems).toEqual([
			'events/cafe.md:5: `end` "2026-12-02 8pm" is not a day and time; write it as YYYY-MM-DD HH:MM on a 24-hour clock, like 2026-03-14 15:00',
			'events/cafe.md:6: `timeZone` "Tokyo" is not a time zone name; use one such as America/Lima, Africa/Lagos or Asia/Tokyo (the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)',
			'events/cafe.md:7: `speakers[0]` names "ana-lopes", who is not in content/people/. Did you mean ana-lopez? Add content/people/ana-lopes.yaml or fix the id',
		]);
		expect((await check({ 'events/cafe.md': EVENT.replace('online: https://meet.example.org/cafe\n', '') })).problems).toEqual([
			'events/cafe.md:2: `online` is missing: say where to join, with `online: https://…` or `place: { name: …, city: …, country: … }`',
		]);
		expect((await check({ 'events/cafe.md': EVENT.replace('end: 2026-12-02 20:30', 'end: 2026-12-02 18:00') })).problems).toEqual([
			'events/cafe.md:5: `end` is before the start',
		]);
	});

	test('says plainly what is wrong with an opportunity', async () => {
		const broken = `---\ntitle: A grant\nkind: scholarship\nofferedBy: A foundation\nlink: grants.example.org\ndeadline: 2026-13-01\nsummary: Money.\n---\n`;
		expect((await check({ 'opportunities/grant.md': broken })).problems).toEqual([
			'opportunities/grant.md:3: `kind` must be one of: call-for-papers, call-for-posters, grant, award, committee, other',
			'opportunities/grant.md:5: `link` must be a full web address starting with https://',
			'opportunities/grant.md:6: `deadline` "2026-13-01" is not a day; write it as YYYY-MM-DD, like 2026-03-14',
		]);
	});

	test('checks a round’s poster session and who completed it', async () => {
		const round = `title: Round 2021\nstart: 2021-02-01\nend: 2021-07-31\ngroups:\n  - members: [ana-lopez, kwame-mensah]\nposterSession: { opens: 2021-09-10, closes: 2021-09-01 }\ncompleted: [ana-lopez, nobody-here]\n`;
		const { problems } = await check({ 'rounds/2021.yaml': round });
		expect(problems).toEqual([
			'rounds/2021.yaml:6: `posterSession.closes` is before `opens`',
			'rounds/2021.yaml:7: `completed[1]` names "nobody-here", who is not in content/people/. Add content/people/nobody-here.yaml or fix the id',
		]);
		const valid = round.replace('closes: 2021-09-01', 'closes: 2021-09-30').replace('nobody-here', 'kwame-mensah');
		expect(await check({ 'rounds/2021.yaml': valid })).toEqual({ problems: [], warnings: [] });
	});

	test('warns when someone who completed a round is in none of its groups', async () => {
		const round = `title: Round 2021\nstart: 2021-02-01\nend: 2021-07-31\ngroups:\n  - members: [ana-lopez, kwame-mensah]\ncompleted: [ana-lopez, kwame-mensah, tomas-ruiz]\n`;
		const person = `name: Tomás Ruiz\nroles: [participant]\nlibrary: Biblioteca\ncity: Quito\ncountry: EC\n`;
		expect((await check({ 'rounds/2021.yaml': round, 'people/tomas-ruiz.yaml': person })).warnings).toContain(
			'rounds/2021.yaml:6: `completed[2]` names "tomas-ruiz", who is in none of this round\'s groups: their certificate will name no partners and no poster; add them to a group or check the id',
		);
	});

	test('accepts poster feedback through giscus or a link, and says what is missing', async () => {
		const program = (extra: string) => ({
			'program.yaml': `name: Test Fellowship\nshortName: Test\ntagline: T.\ndescription: D.\nsite: https://test.example.org\n${extra}`,
		});
		expect((await check(program('posterFeedback: { feedback: "mailto:posters@example.org" }\n'))).problems).toEqual([]);
		expect((await check(program('posterFeedback: { feedback: "posters at example.org" }\n'))).problems).toEqual([
			'program.yaml:6: `posterFeedback.feedback` must be mailto:someone@example.org or the https:// address of a form',
		]);
		expect((await check(program('posterFeedback: {}\ncertificates: maybe\n'))).problems).toEqual([
			'program.yaml:6: `posterFeedback` needs `giscus` or `feedback`: say where readers send feedback on posters',
			'program.yaml:7: `certificates` must be true or false',
		]);
	});
});
