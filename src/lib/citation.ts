/**
 * Citations of a poster: a reference to copy, BibTeX, CSL-JSON, and the
 * `citation_*` meta tags that scholarly indexers read. Framework-free.
 */

export interface CitablePerson {
	name: string;
	/** Given and family names as the person's file writes them; without them, they are guessed from `name`. */
	givenName?: string | undefined;
	familyName?: string | undefined;
	library?: string;
}

export interface CitablePoster {
	title: string;
	subtitle?: string | undefined;
	authors: CitablePerson[];
	/** When the poster was presented: the end of its round. */
	date: Date;
	/** The program, as the "event" the poster belongs to. */
	programName: string;
	roundTitle: string;
	url: string;
	pdfUrl: string;
	doi?: string | undefined;
	lang: string;
	license: string;
	topics: string[];
}

/** Lower-case words that begin a family name: "Marieke de Vries" → family "de Vries". */
const PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'van', 'von']);

/** Splits a full name into given and family names, the way reference styles need them. */
export function splitName(name: string): { given: string; family: string } {
	const words = name.trim().split(/\s+/);
	if (words.length === 1) return { given: '', family: words[0] ?? '' };
	let familyStart = words.length - 1;
	for (let index = 1; index < words.length - 1; index++) {
		if (PARTICLES.has(words[index] ?? '')) {
			familyStart = index;
			break;
		}
	}
	return { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' ') };
}

/**
 * A person's given and family names: as their file gives them, or split from
 * the full name. Splitting by position is wrong for names such as "Diego
 * Hernández López" (two family names) or "Tan Mei Lin" (family name first),
 * which is why a person's file can say.
 */
export function citationName(person: CitablePerson): { given: string; family: string } {
	if (person.familyName) return { given: person.givenName ?? '', family: person.familyName };
	return splitName(person.name);
}

function initials(given: string): string {
	return given
		.split(/[\s]+/)
		.filter(Boolean)
		.map((part) =>
			part
				.split('-')
				.map((piece) => `${piece[0] ?? ''}.`)
				.join('-'),
		)
		.join(' ');
}

function fullTitle(poster: CitablePoster): string {
	return poster.subtitle ? `${poster.title}: ${poster.subtitle}` : poster.title;
}

/** An APA-style reference: "Okafor, A., & Quispe, L. (2024). Title: Subtitle [Poster]. Program, Round 2024. URL" */
export function formatReference(poster: CitablePoster): string {
	const names = poster.authors.map((person) => {
		const { given, family } = citationName(person);
		return given ? `${family}, ${initials(given)}` : family;
	});
	const authors = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
	const link = poster.doi ? `https://doi.org/${poster.doi}` : poster.url;
	return `${authors} (${poster.date.getUTCFullYear()}). ${fullTitle(poster)} [Poster]. ${poster.programName}, ${poster.roundTitle}. ${link}`;
}

/** A BibTeX key such as "okafor2024reading". */
export function bibtexKey(poster: CitablePoster): string {
	const first = poster.authors[0];
	const family = first ? citationName(first).family : 'poster';
	const word =
		poster.title
			.normalize('NFKD')
			.replace(/[^\p{L}\p{N}\s]/gu, '')
			.split(/\s+/)
			.find((w) => w.length > 3) ?? 'poster';
	return (
		`${family}${poster.date.getUTCFullYear()}${word}`
			.normalize('NFKD')
			.replace(/[^A-Za-z0-9]/g, '')
			.toLowerCase() || 'poster'
	);
}

/** LaTeX's spelling of characters that are commands or markup in BibTeX values. */
const LATEX_SPECIALS: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/**
 * A BibTeX value in braces (which keep capitals as written), its special
 * characters escaped in one pass, so the braces of `\textbackslash{}` are not
 * escaped again; `\\` would be read by LaTeX as a line break.
 */
function bibValue(text: string): string {
	return `{${text.replace(/[\\{}&%$#_~^]/g, (character) => LATEX_SPECIALS[character] ?? character)}}`;
}

/** The poster as a BibTeX @misc entry. */
export function toBibtex(poster: CitablePoster): string {
	const fields: [string, string][] = [
		['title', fullTitle(poster)],
		[
			'author',
			poster.authors
				.map((person) => {
					const { given, family } = citationName(person);
					return given ? `${family}, ${given}` : family;
				})
				.join(' and '),
		],
		['year', String(poster.date.getUTCFullYear())],
		['month', String(poster.date.getUTCMonth() + 1)],
		['howpublished', `Poster, ${poster.programName}, ${poster.roundTitle}`],
		['url', poster.url],
		['language', poster.lang],
		['note', `Licence: ${poster.license}`],
	];
	if (poster.doi) fields.push(['doi', poster.doi]);
	if (poster.topics.length > 0) fields.push(['keywords', poster.topics.join(', ')]);
	const body = fields.map(([key, value]) => `  ${key} = ${bibValue(value)}`).join(',\n');
	return `@misc{${bibtexKey(poster)},\n${body}\n}\n`;
}

/** The poster as CSL-JSON (an array of one item), as reference managers import it. */
export function toCslJson(poster: CitablePoster): string {
	const item = {
		id: bibtexKey(poster),
		type: 'speech',
		genre: 'Poster',
		title: fullTitle(poster),
		author: poster.authors.map(citationName),
		issued: { 'date-parts': [[poster.date.getUTCFullYear(), poster.date.getUTCMonth() + 1, poster.date.getUTCDate()]] },
		event: `${poster.programName}, ${poster.roundTitle}`,
		URL: poster.url,
		...(poster.doi ? { DOI: poster.doi } : {}),
		language: poster.lang,
		keyword: poster.topics.join(', '),
		license: poster.license,
	};
	return `${JSON.stringify([item], null, 2)}\n`;
}

/** `<meta name="citation_…">` pairs, as Google Scholar and Zotero read them. */
export function citationMetaTags(poster: CitablePoster): { name: string; content: string }[] {
	const date = poster.date;
	const tags = [
		{ name: 'citation_title', content: fullTitle(poster) },
		// "Family, Given" tells indexers which part is which, for names that do not say it by their order.
		...poster.authors.map((person) => {
			const { given, family } = citationName(person);
			return { name: 'citation_author', content: given ? `${family}, ${given}` : family };
		}),
		{
			name: 'citation_publication_date',
			content: `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}`,
		},
		{ name: 'citation_conference_title', content: `${poster.programName}, ${poster.roundTitle}` },
		{ name: 'citation_pdf_url', content: poster.pdfUrl },
		{ name: 'citation_abstract_html_url', content: poster.url },
		{ name: 'citation_language', content: poster.lang },
	];
	if (poster.doi) tags.push({ name: 'citation_doi', content: poster.doi });
	for (const topic of poster.topics) tags.push({ name: 'citation_keywords', content: topic });
	return tags;
}

/** The licence's deed, for SPDX ids of Creative Commons licences ("CC-BY-4.0"). */
export function licenseUrl(spdx: string): string | undefined {
	const match = /^CC-(BY(?:-(?:SA|NC|ND))*)-(\d\.\d)$/i.exec(spdx);
	if (match) return `https://creativecommons.org/licenses/${match[1]?.toLowerCase()}/${match[2]}/`;
	if (/^CC0-1\.0$/i.test(spdx)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
	return undefined;
}

/** JSON for a `<script type="application/ld+json">`, safe to inline: no "</script>" can close it early. */
export function inlineJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
