/**
 * What `npm run new` writes where the author's own words go: the summary and
 * the body of each kind of entry. The checker warns while any of it is still
 * there, so a page never goes out saying "Write your post here".
 */
import type { CollectionName } from '../schemas/collections.ts';

export const STARTER_SUMMARY = 'Write one or two sentences here: they appear in lists and in search results.';

export const STARTER_BODIES = {
	blog: 'Write your post here, in Markdown. Start a section with a line such as `## What we tried`.',
	testimonials: 'Write your testimonial here: what the program meant for you and your library.',
	posters: 'Describe the poster in one paragraph: what the partners did and what they found.',
	convenings: 'Write the report of the convening here: what happened, who spoke, what the groups decided.',
	events: 'Say what the event is about, who it is for, and how to prepare. Once it has happened, add `recording:` with the link to the recording.',
	opportunities: 'Add what participants should know: how to apply, what to send, whom to ask.',
} as const satisfies Partial<Record<CollectionName, string>>;

/** The starter text still in an entry: its summary, its body, or both. */
export function starterTextIn(collection: CollectionName, summary: unknown, body: string | undefined): ('summary' | 'body')[] {
	const found: ('summary' | 'body')[] = [];
	if (summary === STARTER_SUMMARY) found.push('summary');
	const starter = (STARTER_BODIES as Partial<Record<CollectionName, string>>)[collection];
	if (starter && body?.includes(starter)) found.push('body');
	return found;
}
