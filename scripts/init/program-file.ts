/**
 * What `npm run init` writes: a program.yaml from a coordinator's answers,
 * checked against the program's schema before anything is written, with a
 * comment on each field saying what it is for.
 */
import { stringify } from 'yaml';
import { plainMessage } from '../../src/content-check/zod-messages.ts';
import { programSchema } from '../../src/schemas/program.ts';

export interface ProgramAnswers {
	name?: string | undefined;
	shortName?: string | undefined;
	tagline?: string | undefined;
	description?: string | undefined;
	languages?: string[] | undefined;
	site?: string | undefined;
	base?: string | undefined;
	email?: string | undefined;
	roundSingular?: string | undefined;
	roundPlural?: string | undefined;
}

export type ProgramFile = { ok: true; text: string } | { ok: false; problems: string[] };

/** The short name, when none is given: the name itself if it fits a phone's header, else its initials. */
export function defaultShortName(name: string): string {
	if (name.length <= 20) return name;
	return name
		.split(/\s+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0])
		.join('');
}

/** "cohort" → "cohorts": an English plural, for the default; coordinators writing another language give theirs. */
export function defaultPlural(singular: string): string {
	if (/(s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`;
	if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`;
	return `${singular}s`;
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

/** program.yaml's text, or every problem with the answers at once. */
export function programFile(answers: ProgramAnswers): ProgramFile {
	const name = answers.name?.trim() ?? '';
	const singular = answers.roundSingular?.trim() || 'round';
	const data = {
		name,
		shortName: answers.shortName?.trim() || defaultShortName(name),
		tagline: answers.tagline?.trim() || 'Librarians from different countries, learning from each other.',
		description:
			answers.description?.trim() ||
			`${name} pairs librarians from different countries for a few months: they meet, visit each other's work, write about it and finish with a joint poster.`,
		site: answers.site?.trim() || 'http://localhost:4321',
		base: answers.base?.trim() || '/',
		...(answers.email?.trim() ? { email: answers.email.trim() } : {}),
		languages: answers.languages && answers.languages.length > 0 ? answers.languages : ['en'],
		roundTerm: { singular, plural: answers.roundPlural?.trim() || defaultPlural(singular) },
	};
	const checked = programSchema.safeParse(data, { error: plainMessage });
	if (!checked.success) {
		return {
			ok: false,
			problems: checked.error.issues.map((issue) => `\`${issue.path.join('.') || 'program'}\` ${issue.message}`),
		};
	}
	const lines = [
		"# Who the program is. Every page's header, footer and metadata come from here.",
		'# Change anything at any time; `npm run check` tells you if something is wrong.',
		'',
		'# The full name, and a short one for the header on phones.',
		`name: ${scalar(data.name)}`,
		`shortName: ${scalar(data.shortName)}`,
		'# One line under the name on the home page, and two or three sentences saying what the program is.',
		`tagline: ${scalar(data.tagline)}`,
		`description: ${scalar(data.description)}`,
		'# Where the site is published (without the path), and the path it lives under: "/" at the root,',
		'# "/program/" in a sub-folder. A GitHub Pages deploy sets both itself.',
		`site: ${scalar(data.site)}`,
		`base: ${scalar(data.base)}`,
		...(data.email
			? ['# Where readers write to.', `email: ${scalar(data.email)}`]
			: ['# Where readers write to, if the program publishes an address:', '# email: hello@example.org']),
		'# The languages the program works in; the first is the language of entries that do not say theirs.',
		// Language tags are letters, digits and hyphens: safe in a YAML flow list as they are.
		`languages: [${checked.data.languages.join(', ')}]`,
		'# What the program calls a round ("round", "cohort", "year"...), in the singular and the plural.',
		`roundTerm: { singular: ${scalar(data.roundTerm.singular)}, plural: ${scalar(data.roundTerm.plural)} }`,
		'# The licence of the figures the site publishes as open data (on its figures page), as an SPDX id.',
		`dataLicense: ${checked.data.dataLicense}`,
		'',
	];
	return { ok: true, text: lines.join('\n') };
}
