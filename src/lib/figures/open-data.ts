/**
 * The program's figures as open data: three CSV files (rounds, countries,
 * partnerships between countries) and one JSON file with the same numbers,
 * for funders and researchers. Only counts and public names: no person is
 * named, so nothing a person's file holds (e-mail, bio, links) can leak.
 * CSV is written by d3-dsv, which quotes what needs quoting.
 */
import { csvFormat } from 'd3-dsv';
import { continentName } from './continents.ts';
import type { CountryFigures, Partnership, ProgramFigures, RoundFigures } from './program-figures.ts';

export interface OpenDataMeta {
	/** The program's name and address. */
	program: { name: string; url: string };
	/** The licence the data is published under, as an SPDX id and the address of its text. */
	license: { id: string; url: string };
	/** Where the files are published, by name. */
	files: Record<OpenDataFile, string>;
	/** A country's name, in the site's language. */
	countryName: (code: string) => string;
}

export type OpenDataFile = 'rounds.csv' | 'countries.csv' | 'partnerships.csv' | 'program.json';

type Cell = string | number | undefined;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is
 * prefixed with an apostrophe, as OWASP advises for CSV files people open in
 * Excel: round titles are written by people, and the file is opened by others.
 */
function safeText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const ROUND_COLUMNS = [
	'round',
	'title',
	'start',
	'end',
	'applicants',
	'applicant_countries',
	'participants_entered',
	'participant_countries_entered',
	'participants',
	'participant_countries',
	'continents',
	'groups',
	'pairs',
	'trios',
	'liaisons',
	'posts',
	'testimonials',
	'posters',
	'convenings',
] as const;
const COUNTRY_COLUMNS = ['country_code', 'country', 'continent', 'participants', 'rounds', 'partner_countries'] as const;
const PARTNERSHIP_COLUMNS = ['round', 'country_a', 'country_a_name', 'country_b', 'country_b_name', 'groups'] as const;

/** Each round's row: entered figures next to counted ones. */
function roundRow(round: RoundFigures): Record<(typeof ROUND_COLUMNS)[number], Cell> {
	return {
		round: round.id,
		title: round.title,
		start: day(round.start),
		end: day(round.end),
		applicants: round.applicants,
		applicant_countries: round.applicantCountries,
		participants_entered: round.enteredParticipants,
		participant_countries_entered: round.enteredParticipantCountries,
		participants: round.participants,
		participant_countries: round.participantCountries,
		continents: round.continents,
		groups: round.groups,
		pairs: round.pairs,
		trios: round.trios,
		liaisons: round.liaisons,
		posts: round.posts,
		testimonials: round.testimonials,
		posters: round.posters,
		convenings: round.convenings,
	};
}

function countryRow(country: CountryFigures, meta: OpenDataMeta): Record<(typeof COUNTRY_COLUMNS)[number], Cell> {
	return {
		country_code: country.code,
		country: meta.countryName(country.code),
		continent: country.continent ? continentName(country.continent) : undefined,
		participants: country.participants,
		rounds: country.rounds.join(';'),
		partner_countries: country.partnerCountries,
	};
}

function partnershipRow(round: string, partnership: Partnership, meta: OpenDataMeta): Record<(typeof PARTNERSHIP_COLUMNS)[number], Cell> {
	return {
		round,
		country_a: partnership.a,
		country_a_name: meta.countryName(partnership.a),
		country_b: partnership.b,
		country_b_name: meta.countryName(partnership.b),
		groups: partnership.count,
	};
}

/** A CSV file: a header line, then one line per row; empty cells for unknown figures. CRLF line ends, as RFC 4180 has them. */
function csv<Column extends string>(rows: Record<Column, Cell>[], columns: readonly Column[]): string {
	const text = csvFormat(
		rows.map((row) =>
			Object.fromEntries(
				columns.map((column) => {
					const value = row[column];
					return [column, typeof value === 'string' ? safeText(value) : (value ?? '')];
				}),
			),
		),
		[...columns],
	);
	return `${text.replace(/\n/g, '\r\n')}\r\n`;
}

/** `rounds.csv`: one line per round, oldest first. */
export function roundsCsv(figures: ProgramFigures): string {
	return csv(figures.rounds.map(roundRow), ROUND_COLUMNS);
}

/** `countries.csv`: one line per country with participants, most participants first. */
export function countriesCsv(figures: ProgramFigures, meta: OpenDataMeta): string {
	return csv(
		figures.countries.map((country) => countryRow(country, meta)),
		COUNTRY_COLUMNS,
	);
}

/** `partnerships.csv`: one line per round and pair of countries partnered in it. */
export function partnershipsCsv(figures: ProgramFigures, meta: OpenDataMeta): string {
	return csv(
		figures.rounds.flatMap((round) => round.partnerships.map((partnership) => partnershipRow(round.id, partnership, meta))),
		PARTNERSHIP_COLUMNS,
	);
}

/** `program.json`: the same numbers as the three CSV files, with the program's totals and the licence; null for unknown figures. */
export function programJson(figures: ProgramFigures, meta: OpenDataMeta) {
	const nullForUnknown = <Column extends string>(row: Record<Column, Cell>) =>
		Object.fromEntries(Object.entries<Cell>(row).map(([key, value]) => [key, value ?? null]));
	return {
		program: meta.program,
		license: meta.license,
		files: meta.files,
		totals: figures.totals,
		rounds: figures.rounds.map((round) => nullForUnknown(roundRow(round))),
		countries: figures.countries.map((country) => ({ ...nullForUnknown(countryRow(country, meta)), rounds: country.rounds })),
		partnerships: figures.rounds.flatMap((round) => round.partnerships.map((partnership) => nullForUnknown(partnershipRow(round.id, partnership, meta)))),
	};
}
