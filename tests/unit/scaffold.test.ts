/** The scaffolder's answers: what it asks for when a value is missing, with its defaults. */
import { expect, test } from 'vitest';
import { asciiSlug, buildEntry } from '../../scripts/new/entries.ts';

const known = { people: ['ana-lopez', 'kwame-mensah'], rounds: ['2025', '2024'] };
const today = new Date(Date.UTC(2025, 2, 14));

test('asks for what is missing, offering the latest round as the default', async () => {
	const questions: string[] = [];
	const replies: Record<string, string> = {
		'Title of the post': 'Our first call: Lima and Accra',
		'Author ids, separated by commas (file names in content/people/)': 'ana-lopez, kwame-mensah',
	};
	const built = await buildEntry(
		'post',
		{},
		{
			known,
			today,
			ask: async (question, fallback) => {
				questions.push(`${question}${fallback ? ` [${fallback}]` : ''}`);
				return replies[question] ?? fallback;
			},
		},
	);
	expect(questions).toContain('Round [2025]');
	expect(built).toMatchObject({
		ok: true,
		file: 'blog/2025/our-first-call-lima-and-accra.md',
		data: { title: 'Our first call: Lima and Accra', date: '2025-03-14', authors: ['ana-lopez', 'kwame-mensah'], round: '2025' },
	});
});

test('says what is wrong instead of writing a file that would fail the check', async () => {
	const built = await buildEntry(
		'person',
		{ name: ['Ana López'], library: ['Biblioteca Central'], city: ['Lima'], country: ['Peru'] },
		{ known, today, ask: async (_q, fallback) => fallback },
	);
	expect(built).toEqual({
		ok: false,
		problems: [{ field: ['country'], message: '"Peru" is a country\'s name; write its two-letter ISO 3166-1 code, PE' }],
	});
	expect(asciiSlug('Ana López')).toBe('ana-lopez');
});

test('scaffolds an event in its own time zone and an opportunity with its deadline, checked like the build checks them', async () => {
	const noQuestions = { known, today, ask: async (_q: string, fallback?: string) => fallback };
	const event = await buildEntry(
		'event',
		{
			title: ['Café: reading clubs'],
			kind: ['cafe'],
			start: ['2026-03-12 18:00'],
			end: ['2026-03-12 19:00'],
			timezone: ['America/Bogota'],
			online: ['https://meet.example.org/cafe'],
			speaker: ['ana-lopez'],
		},
		noQuestions,
	);
	expect(event).toMatchObject({
		ok: true,
		file: 'events/cafe-reading-clubs.md',
		data: {
			title: 'Café: reading clubs',
			kind: 'cafe',
			start: '2026-03-12 18:00',
			end: '2026-03-12 19:00',
			timeZone: 'America/Bogota',
			speakers: ['ana-lopez'],
		},
	});
	const opportunity = await buildEntry(
		'opportunity',
		{ title: ['Travel grants'], kind: ['grant'], 'offered-by': ['A foundation'], link: ['https://grants.example.org'], deadline: ['2026-05-01'] },
		noQuestions,
	);
	expect(opportunity).toMatchObject({
		ok: true,
		file: 'opportunities/travel-grants.md',
		data: { kind: 'grant', offeredBy: 'A foundation', deadline: '2026-05-01' },
	});
	const wrong = await buildEntry(
		'event',
		{
			title: ['X'],
			kind: ['cafe'],
			start: ['2026-03-12 18:00'],
			end: ['2026-03-12 19:00'],
			timezone: ['Bogota'],
			online: ['https://m.example.org'],
			speaker: ['nobody'],
		},
		noQuestions,
	);
	// Every mistake at once: the unknown speaker and the time zone.
	expect(wrong).toEqual({
		ok: false,
		problems: [
			{ field: ['author'], message: 'names "nobody", who is not in content/people/; use their file name without .yaml' },
			{ field: ['timeZone'], message: expect.stringMatching(/^"Bogota" is not a time zone name/) },
		],
	});
	const zone = await buildEntry(
		'event',
		{ title: ['X'], kind: ['cafe'], start: ['2026-03-12 18:00'], end: ['2026-03-12 19:00'], timezone: ['Bogota'], online: ['https://m.example.org'] },
		noQuestions,
	);
	expect(zone).toMatchObject({ ok: false, problems: [{ field: ['timeZone'], message: expect.stringContaining('"Bogota" is not a time zone name') }] });
});
