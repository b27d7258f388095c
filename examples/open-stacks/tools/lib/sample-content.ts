// The sample program's people, groups and posters as its own content files
// describe them, so that the posters print what the site shows: a person's
// name or library is changed in one place, content/people/<id>.yaml.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { licenseUrl } from '../../../../src/lib/citation.ts';
import { countryName } from '../../../../src/lib/countries.ts';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';
import type { PosterPartner, PosterSpec } from './poster-types.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

/** Where each library's city is, for the posters' map illustrations (drawing data, not a person's). */
const CITY_COORDINATES: Record<string, { lat: number; lon: number }> = {
	Lagos: { lat: 6.52, lon: 3.38 },
	Lima: { lat: -12.05, lon: -77.04 },
	Lviv: { lat: 49.84, lon: 24.03 },
	Pune: { lat: 18.52, lon: 73.86 },
	Tampere: { lat: 61.5, lon: 23.76 },
	Amman: { lat: 31.95, lon: 35.93 },
	Nairobi: { lat: -1.29, lon: 36.82 },
	'Cebu City': { lat: 10.32, lon: 123.89 },
	Winnipeg: { lat: 49.9, lon: -97.14 },
	Sendai: { lat: 38.27, lon: 140.87 },
	Recife: { lat: -8.05, lon: -34.88 },
	Dunedin: { lat: -45.87, lon: 170.5 },
	Cairo: { lat: 30.04, lon: 31.24 },
	Porto: { lat: 41.15, lon: -8.61 },
	Oaxaca: { lat: 17.07, lon: -96.73 },
	Singapore: { lat: 1.35, lon: 103.82 },
};

/** The licences the sample posters use, by SPDX id, as a poster's footer names them. */
const LICENCE_NAMES: Record<string, string> = {
	'CC-BY-4.0': 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
};

interface PersonFile {
	name: string;
	library: string;
	city: string;
	country: string;
}
interface GroupFile {
	name?: string;
	members: string[];
	liaison?: string;
}
interface PosterFile {
	authors: string[];
	round: string | number;
	license?: string;
}

function readYaml<T>(file: string): T {
	return parseYaml(readFileSync(path.join(CONTENT, file), 'utf8')) as T;
}

function readFrontmatter<T>(file: string): T {
	const split = splitFrontmatter(readFileSync(path.join(CONTENT, file), 'utf8'));
	if (!split) throw new Error(`${file} has no frontmatter`);
	return parseYaml(split.yaml) as T;
}

/** A partner as a poster prints them, from content/people/<id>.yaml. */
export function samplePerson(id: string): PosterPartner {
	const person = readYaml<PersonFile>(`people/${id}.yaml`);
	const where = CITY_COORDINATES[person.city];
	if (!where) throw new Error(`No map coordinates for ${person.city} (people/${id}.yaml): add them to CITY_COORDINATES`);
	return { id, name: person.name, library: person.library, city: person.city, country: countryName(person.country), countryCode: person.country, ...where };
}

/**
 * What a sample poster says about who made it, read from its index.md, its
 * round's groups and program.yaml: the partners, round, group, liaison,
 * licence and address.
 */
export function samplePosterFacts(slug: string): Pick<PosterSpec, 'partners' | 'round' | 'group' | 'liaison' | 'license' | 'url'> {
	const poster = readFrontmatter<PosterFile>(`posters/${slug}/index.md`);
	const round = String(poster.round);
	const groups = readYaml<{ groups?: GroupFile[] }>(`rounds/${round}.yaml`).groups ?? [];
	const group = groups.find((candidate) => poster.authors.every((author) => candidate.members.includes(author)));
	if (!group) throw new Error(`posters/${slug}: no group of round ${round} has all of ${poster.authors.join(', ')}`);
	const partners = poster.authors.map(samplePerson);
	const licenseId = poster.license ?? 'CC-BY-4.0';
	const site = new URL(readYaml<{ site: string }>('program.yaml').site).host;
	return {
		partners,
		round,
		group: group.name ?? partners.map((partner) => partner.city).join('–'),
		...(group.liaison ? { liaison: readYaml<PersonFile>(`people/${group.liaison}.yaml`).name } : {}),
		license: { id: licenseId, name: LICENCE_NAMES[licenseId] ?? licenseId, url: licenseUrl(licenseId) ?? `https://spdx.org/licenses/${licenseId}.html` },
		url: `${site}/posters/${slug}/`,
	};
}
