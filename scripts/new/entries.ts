/**
 * What `npm run new` writes for each kind of entry: the frontmatter (checked
 * against the collection's own schema before anything is written), a body
 * that tells the author what to write, and where the file goes.
 */
import { slug } from 'github-slugger';
import { z } from 'astro/zod';
import { plainMessage } from '../../src/content-check/zod-messages.ts';
import { conveningSchema, postSchema, posterSchema, testimonialSchema } from '../../src/schemas/entries.ts';
import { isRemotePdf } from '../../src/lib/pdf/remote-pdf.ts';
import { SOURCES } from '../../src/schemas/collections.ts';
import { STARTER_BODIES, STARTER_SUMMARY } from '../../src/lib/starter-text.ts';
import { personSchema } from '../../src/schemas/people.ts';
import { roundSchema } from '../../src/schemas/rounds.ts';
import { eventSchema, opportunitySchema } from '../../src/schemas/year.ts';

export const KINDS = ['post', 'testimonial', 'poster', 'convening', 'event', 'opportunity', 'person', 'round'] as const;
export type Kind = (typeof KINDS)[number];
export type Answers = Record<string, string[] | undefined>;

export interface Context {
	known: { people: string[]; rounds: string[] };
	ask: (question: string, fallback?: string) => Promise<string | undefined>;
	today: Date;
}

export type Built =
	| {
			ok: true;
			file: string;
			data: Record<string, unknown>;
			body: string | undefined;
			/** The collection whose entries have a file beside them (a poster's PDF), when this is one. */
			attachment?: 'posters';
	  }
	| { ok: false; problems: { field?: PropertyKey[]; message: string }[] };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** Image fields are not scaffolded; the schemas' image() is never reached. */
const noImage = () => z.string();

/** Leaves out fields with nothing in them, so optional fields stay optional. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)));
}

/** An ASCII slug for file names and ids: "Ana López" → "ana-lopez". */
export function asciiSlug(text: string): string {
	return slug(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}

async function one(answers: Answers, name: string, context: Context, question: string, fallback?: string): Promise<string | undefined> {
	return answers[name]?.[0] ?? (await context.ask(question, fallback));
}

async function many(answers: Answers, name: string, context: Context, question: string, fallback?: string): Promise<string[]> {
	const given = answers[name];
	if (given && given.length > 0) return given;
	const answer = await context.ask(question, fallback);
	return answer
		? answer
				.split(',')
				.map((part) => part.trim())
				.filter(Boolean)
		: [];
}

function checkReferences(data: Record<string, unknown>, context: Context): { field?: PropertyKey[]; message: string }[] {
	const problems: { field?: PropertyKey[]; message: string }[] = [];
	const listed = (field: string): unknown[] => {
		const value = data[field];
		return Array.isArray(value) ? (value as unknown[]) : [];
	};
	const people = [data['author'], ...listed('authors'), ...listed('speakers')].filter((id): id is string => typeof id === 'string');
	for (const id of people) {
		if (!context.known.people.includes(id))
			problems.push({ field: ['author'], message: `names "${id}", who is not in content/people/; use their file name without .yaml` });
	}
	const rounds = [data['round'], ...(Array.isArray(data['rounds']) ? (data['rounds'] as unknown[]) : [])].filter((id): id is string => typeof id === 'string');
	for (const id of rounds) {
		if (!context.known.rounds.includes(id)) problems.push({ field: ['round'], message: `names "${id}", which is not in content/rounds/` });
	}
	return problems;
}

function validate(schema: z.ZodType, data: Record<string, unknown>, file: string, body: string | undefined, context: Context): Built {
	// Every mistake at once: unknown people and rounds, and what the schema finds in the other fields.
	const referenceProblems = checkReferences(data, context);
	const result = schema.safeParse(data, { error: plainMessage });
	const schemaProblems = result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path, message: issue.message }));
	const problems = [...referenceProblems, ...schemaProblems];
	return problems.length > 0 ? { ok: false, problems } : { ok: true, file, data, body };
}

export async function buildEntry(kind: Kind, answers: Answers, context: Context): Promise<Built> {
	const latestRound = context.known.rounds[0];
	const today = isoDay(context.today);
	switch (kind) {
		case 'post': {
			const title = await one(answers, 'title', context, 'Title of the post');
			const date = answers['date']?.[0] ?? today;
			const data = compact({
				title,
				date,
				authors: await many(answers, 'author', context, 'Author ids, separated by commas (file names in content/people/)'),
				tags: await many(answers, 'tags', context, 'Tags, separated by commas', ''),
				round: await one(answers, 'round', context, 'Round', latestRound),
				summary: (await one(answers, 'summary', context, 'One or two sentences for lists and search results')) ?? STARTER_SUMMARY,
				lang: answers['lang']?.[0],
			});
			const file = `blog/${date.slice(0, 4)}/${answers['slug']?.[0] ?? asciiSlug(title ?? 'post')}.md`;
			const body = `${STARTER_BODIES.blog}\n`;
			return validate(postSchema(noImage), data, file, body, context);
		}
		case 'testimonial': {
			const author = await one(answers, 'author', context, 'Your id (your file name in content/people/)');
			const round = await one(answers, 'round', context, 'Round', latestRound);
			const data = compact({
				author,
				round,
				date: answers['date']?.[0] ?? today,
				quote: await one(answers, 'quote', context, 'One sentence to show large (optional)', ''),
				lang: answers['lang']?.[0],
			});
			const body = `${STARTER_BODIES.testimonials}\n`;
			return validate(testimonialSchema, data, `testimonials/${answers['slug']?.[0] ?? `${author ?? 'testimonial'}-${round ?? ''}`}.md`, body, context);
		}
		case 'poster': {
			const title = await one(answers, 'title', context, 'Title of the poster');
			const authors = await many(answers, 'author', context, 'Partner ids, separated by commas');
			const data = compact({
				title,
				subtitle: answers['subtitle']?.[0],
				authors,
				round: await one(answers, 'round', context, 'Round', latestRound),
				topics: await many(answers, 'topics', context, 'Topics, separated by commas', ''),
				license: answers['license']?.[0] ?? 'CC-BY-4.0',
				lang: answers['lang']?.[0],
				// A poster kept in a repository is named by its address; otherwise its PDF goes beside index.md.
				pdf: answers['pdf']?.[0] && isRemotePdf(answers['pdf'][0]) ? answers['pdf'][0] : SOURCES.posters.attachment.defaultName,
			});
			const folder = answers['slug']?.[0] ?? asciiSlug(title ?? 'poster');
			const body = `${STARTER_BODIES.posters}\n`;
			const built = validate(posterSchema, data, `posters/${folder}/index.md`, body, context);
			return built.ok ? { ...built, attachment: 'posters' } : built;
		}
		case 'convening': {
			const title = await one(answers, 'title', context, 'Title of the convening');
			const format = await one(answers, 'format', context, 'Format: in-person, virtual or hybrid', 'in-person');
			const city = format === 'virtual' ? undefined : await one(answers, 'city', context, 'City');
			const country = format === 'virtual' ? undefined : await one(answers, 'country', context, 'Country code (such as PE)');
			const start = await one(answers, 'start', context, 'First day (YYYY-MM-DD)', today);
			const data = compact({
				title,
				format,
				start,
				end: answers['end']?.[0],
				location: city || country ? { city, country } : undefined,
				host: answers['host']?.[0],
				round: answers['round']?.[0] ?? latestRound,
				summary: (await one(answers, 'summary', context, 'One or two sentences about it')) ?? STARTER_SUMMARY,
				recording: answers['recording']?.[0],
			});
			const body = `${STARTER_BODIES.convenings}\n`;
			return validate(conveningSchema(noImage), data, `convenings/${answers['slug']?.[0] ?? asciiSlug(title ?? 'convening')}.md`, body, context);
		}
		case 'event': {
			const title = await one(answers, 'title', context, 'Title of the event');
			const kindOfEvent = await one(answers, 'kind', context, 'Kind: dialogue, cafe, webinar, deadline or meeting', 'dialogue');
			const data = compact({
				title,
				kind: kindOfEvent,
				start: await one(answers, 'start', context, 'Starts (YYYY-MM-DD HH:MM, in its time zone)'),
				end: kindOfEvent === 'deadline' ? answers['end']?.[0] : await one(answers, 'end', context, 'Ends (YYYY-MM-DD HH:MM)'),
				timeZone: await one(answers, 'timezone', context, 'Time zone of those times (such as America/Lima, Africa/Lagos, Asia/Tokyo)', 'UTC'),
				online: kindOfEvent === 'deadline' ? answers['online']?.[0] : await one(answers, 'online', context, 'Link to join online (https://…)'),
				speakers: answers['speaker'] ?? [],
				round: answers['round']?.[0],
				summary: (await one(answers, 'summary', context, 'One or two sentences about it')) ?? STARTER_SUMMARY,
				lang: answers['lang']?.[0],
			});
			const body = `${STARTER_BODIES.events}\n`;
			return validate(eventSchema, data, `events/${answers['slug']?.[0] ?? asciiSlug(title ?? 'event')}.md`, body, context);
		}
		case 'opportunity': {
			const title = await one(answers, 'title', context, 'Title of the call, grant, award or committee');
			const data = compact({
				title,
				kind: await one(answers, 'kind', context, 'Kind: call-for-papers, call-for-posters, grant, award, committee or other', 'call-for-papers'),
				offeredBy: await one(answers, 'offered-by', context, 'Who offers it'),
				link: await one(answers, 'link', context, 'Where to read it and apply (https://…)'),
				deadline: await one(answers, 'deadline', context, 'Deadline (YYYY-MM-DD; leave empty if there is none)', ''),
				eligibility: answers['eligibility']?.[0],
				summary: (await one(answers, 'summary', context, 'One or two sentences about it')) ?? STARTER_SUMMARY,
				lang: answers['lang']?.[0],
			});
			const body = `${STARTER_BODIES.opportunities}\n`;
			return validate(opportunitySchema, data, `opportunities/${answers['slug']?.[0] ?? asciiSlug(title ?? 'opportunity')}.md`, body, context);
		}
		case 'person': {
			const name = await one(answers, 'name', context, 'Full name');
			const data = compact({
				name,
				roles: answers['roles'] ?? ['participant'],
				library: await one(answers, 'library', context, 'Library'),
				city: await one(answers, 'city', context, 'City'),
				country: await one(answers, 'country', context, 'Country code (such as PE)'),
				rounds: await many(answers, 'round', context, 'Rounds, separated by commas', latestRound),
				bio: answers['bio']?.[0],
			});
			const id = answers['id']?.[0] ?? asciiSlug(name ?? 'person');
			return validate(personSchema(noImage), data, `people/${id}.yaml`, undefined, context);
		}
		case 'round': {
			const start = await one(answers, 'start', context, 'First day (YYYY-MM-DD)', today);
			const year = start?.slice(0, 4) ?? today.slice(0, 4);
			const data = compact({
				title: await one(answers, 'title', context, 'Title', `Round ${year}`),
				start,
				end: await one(answers, 'end', context, 'Last day (YYYY-MM-DD)'),
				summary: answers['summary']?.[0],
			});
			const id = answers['id']?.[0] ?? year;
			// The groups are written by hand once partners are matched: say how, in the file itself.
			const body = `# Partners, once they are matched: two or three people each, and their liaison.\n# groups:\n#   - members: [first-person-id, second-person-id]\n#     liaison: liaison-id\n`;
			return validate(roundSchema, data, `rounds/${id}.yaml`, body, context);
		}
	}
}
