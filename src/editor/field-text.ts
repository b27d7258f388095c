/**
 * What the editor at /admin/ shows beside each field: a label and a hint written for
 * a librarian filling in a form, not for a developer reading YAML. The schemas' doc
 * comments explain the files to coordinators; these explain the form to participants.
 *
 * Keys are field paths (`cover.alt`, `groups.members`). `{round}` and `{rounds}` become
 * the program's own word for a round. Every schema field needs an entry: the editor's
 * configuration refuses to build without one, so a new field cannot be forgotten.
 */
import type { EditableCollection } from './editor-collections.ts';

export interface FieldText {
	label: string;
	hint?: string;
	/** Several lines of plain text (a summary, a bio) rather than one. */
	multiline?: boolean;
}

/** Fields that mean the same in every collection. */
const COMMON: Record<string, FieldText> = {
	title: { label: 'Title' },
	summary: { label: 'Summary', hint: 'One or two sentences for lists and search results (at most 400 characters).', multiline: true },
	lang: { label: 'Language', hint: 'The language this is written in. Leave empty for the program’s main language.' },
	round: { label: '{Round}', hint: 'Choose the {round} this belongs to.' },
	imported: { label: 'Imported from', hint: 'Filled in by the importer; leave as it is.' },
	translationOf: {
		label: 'Translation of',
		hint: 'Only if this translates another entry: that entry’s address name (for a post, its year and file name, like 2025/our-first-call).',
	},
	body: { label: 'Text', hint: 'Write in Markdown: headings with ##, lists with -, links with [text](https://…).' },
};

/** An image and its description, wherever a form has one. */
const IMAGE = {
	src: { label: 'Image', hint: 'A JPEG, PNG or WebP photo. It is kept beside this entry.' },
	alt: { label: 'Description of the image (alt text)', hint: 'What the image shows, for readers who cannot see it. Required with every image.' },
} satisfies Record<string, FieldText>;

const TEXT: Record<EditableCollection, Record<string, FieldText>> = {
	blog: {
		date: { label: 'Date', hint: 'The day the post is published.' },
		updated: { label: 'Updated on', hint: 'Only if you changed the post after publishing it.' },
		authors: { label: 'Authors', hint: 'Type a name and choose it from the list; add your partners too.' },
		tags: { label: 'Tags', hint: 'A few words about the topic, separated by commas: reading, outreach.' },
		cover: { label: 'Photo at the top', hint: 'Optional. If you add a photo, describe it below.' },
		'cover.src': IMAGE.src,
		'cover.alt': IMAGE.alt,
		draft: { label: 'Draft', hint: 'Switch on to keep the post unpublished for now.' },
	},
	testimonials: {
		author: { label: 'Your name', hint: 'Type your name and choose it from the list.' },
		date: { label: 'Date', hint: 'The day you wrote it (not in the future).' },
		quote: { label: 'Pull quote', hint: 'Optional: one sentence from your text to show large.', multiline: true },
	},
	posters: {
		subtitle: { label: 'Subtitle' },
		authors: { label: 'Partners', hint: 'Everyone who made the poster: type a name and choose it from the list.' },
		topics: { label: 'Topics', hint: 'A few words about the subject, separated by commas: reading promotion, outreach.' },
		license: { label: 'Licence', hint: 'Under which terms others may share the poster. CC BY 4.0 is the usual choice.' },
		pdf: {
			label: 'Poster PDF',
			hint: 'Upload the PDF (at most {limit} MB). Larger? Put it in a repository such as Zenodo or OSF and paste its https:// address instead.',
		},
		doi: { label: 'DOI', hint: 'If the poster has one, like 10.5281/zenodo.1234567.' },
	},
	convenings: {
		format: { label: 'Format', hint: 'In person, online (virtual) or both (hybrid).' },
		start: { label: 'First day' },
		end: { label: 'Last day', hint: 'Only for convenings of more than one day.' },
		location: { label: 'Place', hint: 'Required unless the convening was virtual.' },
		'location.city': { label: 'City' },
		'location.country': { label: 'Country' },
		host: { label: 'Host', hint: 'The library, university or association that hosted it.' },
		gallery: { label: 'Photos', hint: 'Each photo needs a description (alt text) and a caption.' },
		'gallery.src': IMAGE.src,
		'gallery.alt': IMAGE.alt,
		'gallery.caption': { label: 'Caption', hint: 'Shown under the photo.' },
		recording: { label: 'Recording', hint: 'The https:// address of the recording, for virtual and hybrid convenings.' },
	},
	pages: {
		description: { label: 'Description', hint: 'One sentence about the page, for search engines and link previews.', multiline: true },
	},
	people: {
		name: { label: 'Name', hint: 'The name as the person writes it.' },
		givenName: { label: 'Given name (for citations)', hint: 'Only when the name is not simply “given family”, as in “Tan Mei Lin”.' },
		familyName: { label: 'Family name (for citations)', hint: 'Only when it is not simply the last word of the name.' },
		roles: { label: 'Roles', hint: 'Participant, liaison, coordinator or guest; one or more.' },
		pronouns: { label: 'Pronouns', hint: 'Only if the person wants them shown.' },
		library: { label: 'Library', hint: 'The library or institution they work at.' },
		city: { label: 'City' },
		country: { label: 'Country' },
		rounds: { label: '{Rounds}', hint: 'The {rounds} they took part in, in any role.' },
		bio: { label: 'About them', hint: 'One or two sentences.', multiline: true },
		links: { label: 'Links', hint: 'ORCID, the library’s page, a blog…' },
		'links.label': { label: 'Link text', hint: 'What readers see: “ORCID”, “Library website”.' },
		'links.url': { label: 'Address', hint: 'Starting with https://' },
		photo: { label: 'Portrait', hint: 'Optional. If you add one, describe it below.' },
		'photo.src': IMAGE.src,
		'photo.alt': IMAGE.alt,
	},
	rounds: {
		title: { label: 'Title', hint: 'Like “{Round} 2024”. The file is named after it.' },
		start: { label: 'First day' },
		end: { label: 'Last day' },
		summary: { label: 'Summary', hint: 'A few sentences about the {round}.', multiline: true },
		figures: { label: 'Figures', hint: 'Leave out what is not known yet.' },
		'figures.applicants': { label: 'Applicants' },
		'figures.applicantCountries': { label: 'Countries of applicants' },
		'figures.participants': { label: 'Participants' },
		'figures.participantCountries': { label: 'Countries of participants' },
		groups: { label: 'Groups', hint: 'The pairs and trios of partners.' },
		'groups.name': { label: 'Group name', hint: 'Like “Lagos–Lima”; by default the partners’ cities.' },
		'groups.members': { label: 'Partners', hint: 'Two or three people.' },
		'groups.liaison': { label: 'Liaison', hint: 'The alumnus who accompanied the group.' },
		prompts: { label: 'Discussion prompts' },
		posterSession: { label: 'Online poster session', hint: 'The days readers can see the {round}’s posters and leave feedback.' },
		'posterSession.opens': { label: 'Opens on', hint: 'The first day: 2026-09-01.' },
		'posterSession.closes': { label: 'Closes on', hint: 'The last day.' },
		'posterSession.hidePostersUntilOpen': { label: 'Hide the posters until it opens' },
		completed: {
			label: 'Completed the {round}',
			hint: 'Who gets a certificate of completion. Leave empty to give one to every member of the groups above.',
		},
	},
	program: {
		name: { label: 'Full name', hint: 'Like “Open Stacks Fellowship”.' },
		shortName: { label: 'Short name', hint: 'For tight places such as the header on phones.' },
		tagline: { label: 'Tagline', hint: 'One line under the name on the home page.' },
		description: { label: 'Description', hint: 'Two or three sentences: what the program is.', multiline: true },
		site: { label: 'Site address', hint: 'Where the site is published, like https://openstacks.example.org' },
		base: { label: 'Base path', hint: '“/” at the root of the address, “/program/” on GitHub Pages.' },
		email: { label: 'Contact email' },
		languages: { label: 'Languages', hint: 'The languages the program works in; the first is the default.' },
		social: { label: 'Elsewhere', hint: 'Mastodon, a mailing list, a video channel…' },
		'social.label': { label: 'Link text' },
		'social.url': { label: 'Address', hint: 'Starting with https://' },
		posterSizeLimitMb: { label: 'Largest poster PDF (MB)', hint: 'Larger posters belong in a repository such as Zenodo. Default 20.' },
		roundTerm: { label: 'The program’s word for a round' },
		'roundTerm.singular': { label: 'Singular', hint: 'round, cohort, year…' },
		'roundTerm.plural': { label: 'Plural', hint: 'rounds, cohorts, years…' },
		dataLicense: { label: 'Licence of the open data' },
		interfaceLanguages: {
			label: 'Languages of the site’s own words',
			hint: 'Menus, headings and search: en, es, fr, pt, ar, hi, bn, id or th. The first keeps today’s addresses; each other gets its own, like /es/.',
		},
		terms: { label: 'The program’s words in each language', hint: 'Edited in content/program.yaml by a coordinator (see the README).' },
		posterFeedback: { label: 'Feedback on posters', hint: 'Where readers comment during a poster session: giscus, or a plain link.' },
		'posterFeedback.giscus': { label: 'giscus (GitHub Discussions)', hint: 'The four values giscus.app gives.' },
		'posterFeedback.giscus.repo': { label: 'Repository', hint: 'As owner/name.' },
		'posterFeedback.giscus.repoId': { label: 'Repository id', hint: 'From giscus.app.' },
		'posterFeedback.giscus.category': { label: 'Discussions category', hint: 'As named on GitHub: Poster session.' },
		'posterFeedback.giscus.categoryId': { label: 'Category id', hint: 'From giscus.app.' },
		'posterFeedback.feedback': { label: 'Feedback link', hint: 'mailto:someone@example.org or the https:// address of a form.' },
		certificates: { label: 'Certificates of completion', hint: 'A page and a PDF for everyone who completed a {round}. Switch off to leave them out.' },
		editor: { label: 'Editor at /admin/', hint: 'For coordinators: see the README, “The editor at /admin/”.' },
		'editor.repository': { label: 'GitHub repository', hint: 'As owner/name, like open-stacks/website.' },
		'editor.branch': { label: 'Branch', hint: 'The branch the site is built from; usually main.' },
		'editor.authEndpoint': { label: 'Sign-in service', hint: 'The https:// address of the GitHub sign-in service.' },
	},
};

/** The program's word for a round, as the labels need it. */
export interface RoundWords {
	singular: string;
	plural: string;
}

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** The label and hint for a field, with the program's word for a round; undefined when none is written. */
export function fieldText(collection: EditableCollection, fieldPath: string, round: RoundWords, values: Record<string, string> = {}): FieldText | undefined {
	const text = TEXT[collection][fieldPath] ?? COMMON[fieldPath];
	if (!text) return undefined;
	const words: Record<string, string> = {
		round: round.singular,
		rounds: round.plural,
		Round: capitalise(round.singular),
		Rounds: capitalise(round.plural),
		...values,
	};
	const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole);
	return { ...text, label: fill(text.label), ...(text.hint ? { hint: fill(text.hint) } : {}) };
}
