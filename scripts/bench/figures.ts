/**
 * What the figures cost a build, apart from the rest of it: computing them
 * from the content, laying out the figures page's charts, world map and
 * partnership network (and every round page's map and network), writing the
 * open data files, and Astro rendering /figures/ (its own per-page timing in
 * a real build of the same program). The budget: under 2 s for the
 * large synthetic program (20 rounds, 800 people).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../../src/lib/content-dir.ts';
import { entryFiles, readEntryFile } from '../../src/lib/content-files.ts';
import { layoutBarChart } from '../../src/lib/figures/bar-chart.ts';
import { METRICS, metricValue } from '../../src/lib/figures/metrics.ts';
import { layoutNetwork } from '../../src/lib/figures/network.ts';
import { countriesCsv, type OpenDataMeta, partnershipsCsv, programJson, roundsCsv } from '../../src/lib/figures/open-data.ts';
import { computeFigures, type FigureRound, type FiguresSource, type ProgramFigures } from '../../src/lib/figures/program-figures.ts';
import { layoutWorldMap } from '../../src/lib/figures/world-map.ts';
import { type CollectionName, schemasFor } from '../../src/schemas/collections.ts';
import { median } from './measure.ts';
import { measure } from './process-tree.ts';
import { syntheticPosters } from './posters.ts';
import { type ProgramSize, writeSyntheticProgram } from './synthetic-program.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The limit for the figures page of the large program. */
export const FIGURES_BUDGET_MS = 2000;

export interface FiguresBench {
	size: { rounds: number; people: number; countries: number; partnerships: number };
	runs: number;
	/** Computing the figures from the content, once per build. */
	computeMs: number;
	/** The figures page's eleven charts, map and network, the first time (the world's projection included, once per build). */
	layoutColdMs: number;
	/** The same, once the projection is made (median). */
	layoutWarmMs: number;
	/** Writing the four open data files (median). */
	openDataMs: number;
	/** Every round page's map and network together (median). */
	roundPagesMs: number;
	/** Astro rendering /figures/index.html in a real build, by its own per-page timing. */
	pageRenderMs: number | undefined;
	/** Computed, laid out (cold) and rendered: what /figures/ costs a build. */
	totalMs: number;
	withinBudget: boolean;
}

/** Only the fields the figures read; images are not looked at. */
const SCHEMAS = schemasFor(() => z.unknown());

/** A collection's entries, parsed by its schema (handed in, so that each call is typed by its own). */
async function parsed<Schema extends z.ZodType>(content: string, collection: CollectionName, schema: Schema): Promise<z.output<Schema>[]> {
	const entries: z.output<Schema>[] = [];
	for (const file of entryFiles(content, collection)) {
		const read = await readEntryFile(file);
		if (!read.ok) throw new Error(`${file.file}: ${read.message}`);
		const result = schema.safeParse(read.data);
		if (!result.success) throw new Error(`${file.file} does not parse: run npm run check on it`);
		entries.push(result.data);
	}
	return entries;
}

/** The figures' input, read from a content folder as the catalog reads it in a build (without Astro). */
export async function readFiguresSource(content: string): Promise<FiguresSource> {
	const [people, posts, testimonials, posters, convenings] = await Promise.all([
		parsed(content, 'people', SCHEMAS.people),
		parsed(content, 'blog', SCHEMAS.blog),
		parsed(content, 'testimonials', SCHEMAS.testimonials),
		parsed(content, 'posters', SCHEMAS.posters),
		parsed(content, 'convenings', SCHEMAS.convenings),
	]);
	const peopleIds = entryFiles(content, 'people').map((file) => file.id);
	const countries = new Map(people.map((person, index) => [peopleIds[index] ?? '', person.country]));
	const tally = (ids: (string | undefined)[]) => {
		const counts = new Map<string, number>();
		for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
		return counts;
	};
	const postsByRound = tally(posts.filter((post) => !post.draft).map((post) => post.round?.id));
	const testimonialsByRound = tally(testimonials.map((item) => item.round.id));
	const postersByRound = tally(posters.map((poster) => poster.round.id));
	const conveningsByRound = tally(convenings.map((convening) => convening.round?.id));
	const roundFiles = entryFiles(content, 'rounds');
	const rounds = (await parsed(content, 'rounds', SCHEMAS.rounds)).map((round, index): FigureRound => {
		const id = roundFiles[index]?.id ?? '';
		return {
			id,
			title: round.title,
			start: round.start,
			end: round.end,
			entered: round.figures,
			groups: round.groups.map((group) => ({ members: group.members.map((member) => member.id), liaison: group.liaison?.id })),
			posts: postsByRound.get(id) ?? 0,
			testimonials: testimonialsByRound.get(id) ?? 0,
			posters: postersByRound.get(id) ?? 0,
			convenings: conveningsByRound.get(id) ?? 0,
		};
	});
	return { rounds, countryOf: (id) => countries.get(id) };
}

/** What the figures page draws: a chart per figure, the map of every participant's country, the network. */
function layoutFiguresPage(figures: ProgramFigures): number {
	let shapes = 0;
	for (const metric of METRICS) {
		shapes += layoutBarChart(figures.rounds.map((round) => ({ key: round.id, label: round.id, value: metricValue(round, metric.key) }))).bars.length;
	}
	shapes += layoutWorldMap(new Map(figures.countries.map((country) => [country.code, country.participants]))).countries.length;
	shapes += layoutNetwork(figures.partnerships).ribbons.length;
	return shapes;
}

function timed(work: () => void): number {
	const started = performance.now();
	work();
	return performance.now() - started;
}

/**
 * Measures the figures on a program: the sample (or the program's own content)
 * when `size` is 'small', else a synthetic program of that size.
 */
export async function benchFigures(size: ProgramSize | 'small', runs: number): Promise<FiguresBench> {
	let content = contentDir(ROOT);
	if (size !== 'small') {
		// A stable folder, so that a second run finds its poster previews in the build's cache.
		content = path.join(ROOT, 'node_modules/.cache/interlibrary-bench', `figures-program-${size.rounds}-${size.people}-${size.posts}-${size.posters}`);
		mkdirSync(path.dirname(content), { recursive: true });
		console.error(`Writing a synthetic program (${size.rounds} rounds, ${size.people} people) for the figures…`);
		await writeSyntheticProgram(content, size, syntheticPosters(size.posters));
	}
	const source = await readFiguresSource(content);

	let figures: ProgramFigures | undefined;
	const computeMs = timed(() => {
		figures = computeFigures(source);
	});
	if (!figures) throw new Error('The figures were not computed');
	const program = figures;
	const layoutColdMs = timed(() => layoutFiguresPage(program));
	const meta: OpenDataMeta = {
		program: { name: 'Benchmark', url: 'https://bench.example.org/' },
		license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		files: { 'rounds.csv': 'r', 'countries.csv': 'c', 'partnerships.csv': 'p', 'program.json': 'j' },
		countryName: (code) => code,
	};
	const warm: number[] = [];
	const openData: number[] = [];
	const roundPages: number[] = [];
	for (let run = 0; run < runs; run++) {
		warm.push(timed(() => layoutFiguresPage(program)));
		openData.push(timed(() => [roundsCsv(program), countriesCsv(program, meta), partnershipsCsv(program, meta), JSON.stringify(programJson(program, meta))]));
		roundPages.push(
			timed(() => {
				for (const round of program.rounds) {
					layoutWorldMap(round.byCountry);
					layoutNetwork(round.partnerships);
				}
			}),
		);
	}

	console.error('Building the site, for Astro’s own timing of /figures/…');
	const out = path.join(ROOT, 'node_modules/.cache/interlibrary-bench/figures-dist');
	const build = await measure(process.execPath, [ASTRO, 'build', '--outDir', out], {
		cwd: ROOT,
		env: { ...process.env, INTERLIBRARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	if (build.code !== 0) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
	const rendered = /\/figures\/index\.html \(\+(\d+)ms\)/.exec(build.output)?.[1];
	const pageRenderMs = rendered === undefined ? undefined : Number(rendered);

	const totalMs = computeMs + layoutColdMs + (pageRenderMs ?? 0);
	return {
		size: {
			rounds: program.totals.rounds,
			people: program.totals.participants,
			countries: program.totals.countries,
			partnerships: program.partnerships.length,
		},
		runs,
		computeMs,
		layoutColdMs,
		layoutWarmMs: median(warm),
		openDataMs: median(openData),
		roundPagesMs: median(roundPages),
		pageRenderMs,
		totalMs,
		withinBudget: totalMs < FIGURES_BUDGET_MS,
	};
}
