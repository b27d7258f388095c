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
		problems: [{ field: ['country'], message: '"Peru" is not a country code; use the two-letter ISO 3166-1 code, such as NG for Nigeria or PE for Peru' }],
	});
	expect(asciiSlug('Ana López')).toBe('ana-lopez');
});
