/**
 * The figures shown for every round, in the order the figures page shows
 * them, with the words each chart and sentence uses; and the one sentence
 * that sums up a figure across rounds ("Applicants grew from 96 in Round 2023
 * to 347 in Round 2025.").
 */
import type { RoundFigures } from './program-figures.ts';

export type MetricKey =
	| 'applicants'
	| 'applicantCountries'
	| 'participants'
	| 'participantCountries'
	| 'continents'
	| 'groups'
	| 'liaisons'
	| 'posts'
	| 'testimonials'
	| 'posters'
	| 'convenings';

export interface Metric {
	key: MetricKey;
	/** The chart's heading: "Applicants". */
	title: string;
	/** How a sentence starts about it: "The number of countries applied from". */
	subject: string;
	/** Entered by the coordinators, or counted by the site from the content. */
	source: 'entered' | 'counted';
}

export const METRICS: readonly Metric[] = [
	{ key: 'applicants', title: 'Applicants', subject: 'Applicants', source: 'entered' },
	{ key: 'applicantCountries', title: 'Countries applied from', subject: 'The number of countries applied from', source: 'entered' },
	{ key: 'participants', title: 'Participants', subject: 'Participants', source: 'counted' },
	{ key: 'participantCountries', title: 'Participants\u2019 countries', subject: 'The number of participants\u2019 countries', source: 'counted' },
	{ key: 'continents', title: 'Continents', subject: 'The number of continents', source: 'counted' },
	{ key: 'groups', title: 'Pairs and trios', subject: 'The number of pairs and trios', source: 'counted' },
	{ key: 'liaisons', title: 'Liaisons', subject: 'Liaisons', source: 'counted' },
	{ key: 'posts', title: 'Blog posts', subject: 'Blog posts', source: 'counted' },
	{ key: 'testimonials', title: 'Testimonials', subject: 'Testimonials', source: 'counted' },
	{ key: 'posters', title: 'Posters', subject: 'Posters', source: 'counted' },
	{ key: 'convenings', title: 'Convenings', subject: 'Convenings', source: 'counted' },
];

/** One round's value of a figure; undefined when it is not known. */
export function metricValue(round: RoundFigures, key: MetricKey): number | undefined {
	return round[key];
}

export interface SeriesPoint {
	/** The round's title, as the sentence names it. */
	title: string;
	value: number | undefined;
}

/**
 * One sentence about a figure across rounds, oldest first: where it started,
 * where it is now, and its high point when that was in between.
 */
/** The sentences a series is described with, by name; the interface's catalogues give them in each language. */
export type SeriesSentence = 'none' | 'one' | 'grew' | 'fell' | 'same' | 'high';
export type SaySeries = (sentence: SeriesSentence, params: Record<string, string>) => string;

const ENGLISH: Record<SeriesSentence, string> = {
	none: '{subject}: not recorded for any {round} yet.',
	one: '{subject}: {value} in {title}.',
	grew: '{subject} grew from {first} in {firstTitle} to {last} in {lastTitle}{high}.',
	fell: '{subject} fell from {first} in {firstTitle} to {last} in {lastTitle}{high}.',
	same: '{subject} was {first} in both {firstTitle} and {lastTitle}{high}.',
	high: ', with a high of {value} in {title}',
};

const sayInEnglish: SaySeries = (sentence, params) => ENGLISH[sentence].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

export function describeSeries(
	subject: string,
	points: readonly SeriesPoint[],
	format: (value: number) => string,
	roundWord: string,
	say: SaySeries = sayInEnglish,
): string {
	const known = points.flatMap((point) => (point.value === undefined ? [] : [{ title: point.title, value: point.value }]));
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return say('none', { subject, round: roundWord });
	if (known.length === 1) return say('one', { subject, value: format(first.value), title: first.title });
	const peak = known.reduce((best, point) => (point.value > best.value ? point : best), first);
	const high = peak.value > first.value && peak.value > last.value ? say('high', { value: format(peak.value), title: peak.title }) : '';
	const params = { subject, first: format(first.value), firstTitle: first.title, last: format(last.value), lastTitle: last.title, high };
	return say(last.value > first.value ? 'grew' : last.value < first.value ? 'fell' : 'same', params);
}
