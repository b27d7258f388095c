/**
 * The figures across rounds: what the site counts from the groups, the charts'
 * geometry (from d3), the world map, the partnership network, the sentences
 * that sum up each chart and the open data files.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { layoutBarChart } from '../../src/lib/figures/bar-chart.ts';
import { continentName, continentOf } from '../../src/lib/figures/continents.ts';
import { describeSeries } from '../../src/lib/figures/metrics.ts';
import { layoutNetwork } from '../../src/lib/figures/network.ts';
import { countriesCsv, type OpenDataMeta, partnershipsCsv, programJson, roundsCsv } from '../../src/lib/figures/open-data.ts';
import { computeFigures, type FigureRound } from '../../src/lib/figures/program-figures.ts';
import { countRound, figureMismatches } from '../../src/lib/figures/round-counts.ts';
import { layoutWorldMap, worldMap } from '../../src/lib/figures/world-map.ts';
import { MAP_PALETTE, worldMapPicture } from '../../src/lib/figures/world-map-picture.ts';

const COUNTRY: Record<string, string> = { ada: 'NG', luz: 'PE', oks: 'UA', pri: 'IN', tom: 'FI', mei: 'SG', rosa: 'PE', nadia: 'MU', kwame: 'GH' };
const countryOf = (id: string) => COUNTRY[id];

function round(id: string, groups: FigureRound['groups'], entered: FigureRound['entered'] = {}, extra: Partial<FigureRound> = {}): FigureRound {
	const year = Number(id);
	return {
		id,
		title: `Round ${id}`,
		start: new Date(Date.UTC(year, 1, 1)),
		end: new Date(Date.UTC(year, 6, 31)),
		entered,
		groups,
		posts: 0,
		testimonials: 0,
		posters: 0,
		convenings: 0,
		...extra,
	};
}

const SOURCE = {
	countryOf,
	// Given newest first, as the catalog holds them: the figures put them in order.
	rounds: [
		round(
			'2025',
			[
				{ members: ['mei', 'rosa', 'nadia'], liaison: 'luz' },
				{ members: ['ada', 'luz'], liaison: 'luz' },
			],
			{ applicants: 347, applicantCountries: 61 },
			{ posts: 4, posters: 2 },
		),
		round(
			'2024',
			[
				{ members: ['ada', 'luz'], liaison: 'kwame' },
				{ members: ['oks', 'pri', 'tom'], liaison: 'kwame' },
			],
			{ applicants: 212, participants: 6, participantCountries: 5 },
			{ posts: 7 },
		),
		// Before the site: figures entered, no groups.
		round('2022', [], { participants: 6, participantCountries: 6 }),
	],
};

describe('counting a round from its groups', () => {
	test('people, countries, continents, pairs and trios, liaisons', () => {
		const counts = countRound(SOURCE.rounds[0]?.groups ?? [], countryOf);
		expect(counts).toMatchObject({ participants: 5, participantCountries: 4, continents: 3, groups: 2, pairs: 1, trios: 1, liaisons: 1 });
		expect([...counts.byCountry]).toEqual([
			['SG', 1],
			['PE', 2],
			['MU', 1],
			['NG', 1],
		]);
	});

	test('a figure the coordinator entered that the groups contradict is a mismatch; one that agrees or is missing is not', () => {
		const groups = SOURCE.rounds[1]?.groups ?? [];
		expect(figureMismatches({ participants: 6, participantCountries: 5 }, groups, countryOf)).toEqual([{ field: 'participants', entered: 6, counted: 5 }]);
		expect(figureMismatches({ participants: 5 }, groups, countryOf)).toEqual([]);
		expect(figureMismatches({}, groups, countryOf)).toEqual([]);
		// Without groups there is nothing to count against.
		expect(figureMismatches({ participants: 6 }, [], countryOf)).toEqual([]);
	});

	test('continents come from the maintained list', () => {
		expect(continentOf('NG')).toBe('AF');
		expect(continentOf('XK')).toBe('EU');
		expect(continentOf('PE')).toBe('SA');
		expect(continentOf('ZZ')).toBeUndefined();
		expect(continentName('OC')).toBe('Oceania');
	});
});

describe('the program’s figures', () => {
	const figures = computeFigures(SOURCE);

	test('rounds oldest first; counted figures from groups, entered ones where there are none', () => {
		expect(figures.rounds.map((r) => r.id)).toEqual(['2022', '2024', '2025']);
		expect(figures.roundsById.get('2024')).toBe(figures.rounds[1]);
		const [pilot, first, second] = figures.rounds;
		expect(pilot).toMatchObject({ counted: false, participants: 6, participantCountries: 6, continents: undefined, groups: 0, applicants: undefined });
		expect(first).toMatchObject({
			counted: true,
			participants: 5,
			enteredParticipants: 6,
			participantCountries: 5,
			continents: 4,
			applicants: 212,
			posts: 7,
			liaisons: 1,
		});
		expect(second).toMatchObject({ participants: 5, applicants: 347, applicantCountries: 61, posters: 2 });
	});

	test('countries: different people over all rounds, the rounds they were in, and how many countries they partnered with', () => {
		const peru = figures.countries.find((country) => country.code === 'PE');
		expect(figures.countries[0]?.code).toBe('PE');
		expect(peru).toEqual({ code: 'PE', continent: 'SA', participants: 2, rounds: ['2024', '2025'], partnerCountries: 3 });
		// Ada took part twice, but is one person.
		expect(figures.countries.find((country) => country.code === 'NG')).toMatchObject({ participants: 1, rounds: ['2024', '2025'] });
		expect(figures.totals).toEqual({ rounds: 3, participants: 8, countries: 7, continents: 4, groups: 4 });
	});

	test('partnerships: each pair of countries in a group once, counted over rounds, most frequent first', () => {
		expect(figures.partnerships[0]).toEqual({ a: 'NG', b: 'PE', count: 2, rounds: ['2024', '2025'] });
		expect(figures.partnerships).toHaveLength(7);
		expect(figures.rounds[2]?.partnerships.map(({ a, b }) => `${a}-${b}`)).toEqual(['MU-PE', 'MU-SG', 'NG-PE', 'PE-SG']);
		expect(figures.mostConnected).toEqual({ codes: ['PE'], partners: 3 });
	});

	test('two partners from the same country make one partnership of that country with itself, counted once per group', () => {
		const within = computeFigures({ countryOf, rounds: [round('2024', [{ members: ['luz', 'rosa', 'tom'] }])] });
		expect(within.partnerships).toEqual([
			{ a: 'FI', b: 'PE', count: 1, rounds: ['2024'] },
			{ a: 'PE', b: 'PE', count: 1, rounds: ['2024'] },
		]);
		// Finland is connected to one other country, as is Peru: a pair at home connects nobody new.
		expect(within.mostConnected).toEqual({ codes: ['FI', 'PE'], partners: 1 });
	});

	test('a program with no rounds has figures too: all empty', () => {
		const empty = computeFigures({ countryOf, rounds: [] });
		expect(empty).toEqual({
			rounds: [],
			roundsById: new Map(),
			countries: [],
			partnerships: [],
			totals: { rounds: 0, participants: 0, countries: 0, continents: 0, groups: 0 },
			mostConnected: undefined,
		});
	});
});

describe('the sentence under each chart', () => {
	const format = (value: number) => value.toLocaleString('en');
	const points = (...values: (number | undefined)[]) => values.map((value, index) => ({ title: `Round ${2022 + index}`, value }));

	test('growth, decline, a high point in between, no change', () => {
		expect(describeSeries('Applicants', points(96, 212, 1347), format, 'round')).toBe('Applicants grew from 96 in Round 2022 to 1,347 in Round 2024.');
		expect(describeSeries('Participants', points(6, 9, 7), format, 'round')).toBe(
			'Participants grew from 6 in Round 2022 to 7 in Round 2024, with a high of 9 in Round 2023.',
		);
		expect(describeSeries('Posters', points(4, 3), format, 'round')).toBe('Posters fell from 4 in Round 2022 to 3 in Round 2023.');
		expect(describeSeries('Liaisons', points(2, 2), format, 'round')).toBe('Liaisons was 2 in both Round 2022 and Round 2023.');
	});

	test('unknown values are skipped; one value or none is said plainly', () => {
		expect(describeSeries('Applicants', points(undefined, 212, 347), format, 'round')).toBe('Applicants grew from 212 in Round 2023 to 347 in Round 2024.');
		expect(describeSeries('Applicants', points(undefined, 38), format, 'cohorte')).toBe('Applicants: 38 in Round 2023.');
		expect(describeSeries('Applicants', points(undefined), format, 'cohorte')).toBe('Applicants: not recorded for any cohorte yet.');
	});
});

describe('a bar chart’s geometry', () => {
	const points = [
		{ key: '2022', label: '2022', value: undefined },
		{ key: '2023', label: '2023', value: 96 },
		{ key: '2024', label: '2024', value: 212 },
		{ key: '2025', label: '2025', value: 347 },
	];

	test('bars scale linearly from a zero baseline to d3’s nice top tick; an unknown value has no bar', () => {
		const chart = layoutBarChart(points, { width: 320, height: 180 });
		expect(chart.bars.map((bar) => bar.key)).toEqual(['2023', '2024', '2025']);
		expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 100, 200, 300, 400]);
		const zero = chart.ticks[0]?.y ?? 0;
		const top = chart.ticks.at(-1)?.y ?? 0;
		expect(zero).toBe(chart.plot.bottom);
		for (const bar of chart.bars) {
			expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
			expect(bar.height / (zero - top)).toBeCloseTo(bar.value / 400);
		}
		// Left to right, oldest first, inside the plot.
		const xs = chart.bars.map((bar) => bar.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(Math.max(...chart.bars.map((bar) => bar.x + bar.width))).toBeLessThanOrEqual(chart.plot.right);
	});

	test('small counts get whole-number ticks only', () => {
		const chart = layoutBarChart([
			{ key: 'a', label: 'a', value: 1 },
			{ key: 'b', label: 'b', value: 2 },
		]);
		expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2]);
	});

	test('with many rounds, every few is labelled, always including the newest', () => {
		const many = Array.from({ length: 20 }, (_, index) => ({ key: String(2006 + index), label: String(2006 + index), value: index }));
		const chart = layoutBarChart(many, { maxLabels: 8 });
		expect(chart.labels.length).toBeLessThanOrEqual(8);
		expect(chart.labels.at(-1)?.text).toBe('2025');
		expect(chart.bars).toHaveLength(20);
		expect(chart.valuesOnBars).toBe(false);
	});
});

describe('the world map', () => {
	test('is projected once, with a shape for nearly every country and none for Antarctica', () => {
		const world = worldMap();
		expect(world.width).toBe(960);
		expect(world.height).toBeGreaterThan(400);
		expect(world.height).toBeLessThan(500);
		expect(world.shapes.size).toBeGreaterThan(170);
		expect(world.shapes.has('AQ')).toBe(false);
		// Kosovo has no ISO number in Natural Earth, but it is on the map.
		expect(world.shapes.has('XK')).toBe(true);
		// Coordinates are whole units.
		expect(world.shapes.get('NG')?.d).toMatch(/^M-?\d+,-?\d+L/);
		expect(worldMap()).toBe(world);
	});

	test('shades countries by their counts in whole-number steps, with the rest as one background', () => {
		const counts = new Map([
			['PE', 12],
			['NG', 1],
			['IN', 3],
			['FI', 7],
			['UA', 10],
		]);
		const map = layoutWorldMap(counts);
		expect(map.legend).toEqual([
			{ step: 1, low: 1, high: 2 },
			{ step: 2, low: 3, high: 5 },
			{ step: 3, low: 6, high: 7 },
			{ step: 4, low: 8, high: 10 },
			{ step: 5, low: 11, high: 12 },
		]);
		expect(map.countries.map((c) => [c.code, c.step])).toEqual([
			['FI', 3],
			['IN', 2],
			['NG', 1],
			['PE', 5],
			['UA', 4],
		]);
		expect(map.background).not.toContain(worldMap().shapes.get('PE')?.d ?? 'missing');
		expect(map.background).toContain(worldMap().shapes.get('BR')?.d ?? 'missing');
	});

	test('small states get a dot: those too small at this scale, and those the 1:110m file leaves out', () => {
		const map = layoutWorldMap(
			new Map([
				['SG', 1],
				['MU', 2],
				['LU', 1],
				['BR', 1],
			]),
		);
		const byCode = new Map(map.countries.map((country) => [country.code, country]));
		// Singapore and Mauritius are only dots, placed where they are (Singapore east of Mauritius, both north of the middle's south).
		expect(byCode.get('SG')?.d).toBeUndefined();
		expect(byCode.get('SG')?.dot?.x).toBeGreaterThan(byCode.get('MU')?.dot?.x ?? Infinity);
		// Luxembourg is drawn, but too small to see: a dot too.
		expect(byCode.get('LU')?.d).toBeDefined();
		expect(byCode.get('LU')?.dot).toBeDefined();
		expect(byCode.get('BR')?.dot).toBeUndefined();
		expect(map.unplaced).toEqual([]);
	});

	test('one country can be highlighted, with or without participants', () => {
		const map = layoutWorldMap(new Map([['PE', 2]]), { highlight: 'NL' });
		expect(map.countries.map((c) => [c.code, c.count, c.current])).toEqual([
			['NL', 0, true],
			['PE', 2, false],
		]);
		// A ring around it, so that even a country as small as the Netherlands stands out.
		expect(map.countries[0]?.ring).toEqual(worldMap().shapes.get('NL')?.centre);
		expect(map.countries[1]?.ring).toBeUndefined();
		expect(layoutWorldMap(new Map([['PE', 2]]), { highlight: 'PE' }).countries).toMatchObject([{ code: 'PE', current: true, step: 2 }]);
	});

	test('no participants: a background map and an empty legend', () => {
		const map = layoutWorldMap(new Map());
		expect(map.countries).toEqual([]);
		expect(map.legend).toEqual([]);
	});
});

describe('the map as a picture', () => {
	test('is a standalone SVG named by its title, in the same colours as the site’s stylesheet, light and dark', () => {
		const svg = worldMapPicture(
			layoutWorldMap(
				new Map([
					['PE', 1],
					['SG', 2],
				]),
			),
			'Where <our> "fellows" come from',
		);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 \d+"/);
		expect(svg).toContain('<title>Where &#60;our&#62; &#34;fellows&#34; come from</title>');
		expect(svg).toMatch(/<path class="country s1" d="M/);
		expect(svg).toMatch(/<circle class="dot s2" cx="\d+" cy="\d+" r="5"\/>/);
		const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
		const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');
		const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
		for (const [block, palette] of [
			[light, MAP_PALETTE.light],
			[dark, MAP_PALETTE.dark],
		] as const) {
			expect(value(block, 'map-land')).toBe(palette.land);
			expect(value(block, 'map-edge')).toBe(palette.edge);
			expect(value(block, 'map-current')).toBe(palette.current);
			expect([1, 2, 3, 4, 5].map((step) => value(block, `map-${step}`))).toEqual(palette.steps);
		}
	});
});

describe('the partnership network', () => {
	const figures = computeFigures(SOURCE);

	test('one arc per country, one ribbon per pair, as wide as the groups they shared', () => {
		const network = layoutNetwork(figures.partnerships, { size: 640 });
		expect(network.groups.map((group) => group.code)).toEqual(['FI', 'IN', 'MU', 'NG', 'PE', 'SG', 'UA']);
		expect(network.ribbons).toHaveLength(figures.partnerships.length);
		const ngPe = network.ribbons.find((ribbon) => ribbon.a === 'NG' && ribbon.b === 'PE');
		expect(ngPe?.count).toBe(2);
		expect(network.groups.find((group) => group.code === 'PE')?.total).toBe(4);
		for (const group of network.groups) {
			expect(group.d).toMatch(/^M/);
			// Labels sit just outside the circle and read outwards (never upside down).
			expect(Math.hypot(group.label?.x ?? 0, group.label?.y ?? 0)).toBeGreaterThan(180);
			expect(Math.abs(group.label?.rotate ?? 0)).toBeLessThanOrEqual(90);
		}
		expect(ngPe?.d).toMatch(/^M-?\d+(\.\d)?,/);
	});

	test('past a limit, only the ribbons of the pairs that shared the most groups are drawn; the arcs still count every pair', () => {
		const all = layoutNetwork(figures.partnerships);
		const strongest = layoutNetwork(figures.partnerships, { maxRibbons: 2 });
		expect(strongest.ribbons).toHaveLength(2);
		const counts = figures.partnerships.map((pair) => pair.count).sort((x, y) => y - x);
		expect(strongest.ribbons.map((ribbon) => ribbon.count)).toEqual(counts.slice(0, 2));
		expect(strongest.groups).toEqual(all.groups);
	});

	test('no partnerships: nothing to draw', () => {
		expect(layoutNetwork([])).toEqual({ size: 640, groups: [], ribbons: [] });
	});
});

describe('open data', () => {
	const figures = computeFigures(SOURCE);
	const meta: OpenDataMeta = {
		program: { name: 'Test Program', url: 'https://example.org/' },
		license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		files: {
			'rounds.csv': '/figures/rounds.csv',
			'countries.csv': '/figures/countries.csv',
			'partnerships.csv': '/figures/partnerships.csv',
			'program.json': '/figures/program.json',
		},
		countryName: (code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
	};
	const rows = (text: string): Record<string, string>[] => parse(text, { columns: true });

	test('rounds.csv: entered next to counted, empty where unknown', () => {
		const rounds = rows(roundsCsv(figures));
		expect(rounds.map((row) => row['round'])).toEqual(['2022', '2024', '2025']);
		expect(rounds[1]).toMatchObject({
			title: 'Round 2024',
			start: '2024-02-01',
			applicants: '212',
			participants_entered: '6',
			participants: '5',
			continents: '4',
			posts: '7',
		});
		expect(rounds[0]).toMatchObject({ applicants: '', participants: '6', continents: '' });
	});

	test('countries.csv and partnerships.csv name countries; a title a spreadsheet would run is defused', () => {
		expect(rows(countriesCsv(figures, meta))[0]).toEqual({
			country_code: 'PE',
			country: 'Peru',
			continent: 'South America',
			participants: '2',
			rounds: '2024;2025',
			partner_countries: '3',
		});
		const partnerships = rows(partnershipsCsv(figures, meta));
		expect(partnerships).toHaveLength(8);
		expect(partnerships.filter((row) => row['country_a'] === 'NG' && row['country_b'] === 'PE').map((row) => row['round'])).toEqual(['2024', '2025']);
		const risky = computeFigures({ countryOf, rounds: [round('2024', [], {}, { title: '=HYPERLINK("x")' })] });
		expect(rows(roundsCsv(risky))[0]?.['title']).toBe('\'=HYPERLINK("x")');
	});

	test('program.json holds the same numbers, the licence, and nobody’s name', () => {
		const json = programJson(figures, meta);
		expect(json.license.id).toBe('CC-BY-4.0');
		expect(json.totals.participants).toBe(8);
		expect(json.rounds.map((row) => row['participants'])).toEqual(rows(roundsCsv(figures)).map((row) => Number(row['participants'])));
		expect(json.rounds[0]?.['applicants']).toBeNull();
		expect(json.countries[0]).toMatchObject({ country_code: 'PE', rounds: ['2024', '2025'] });
		const text = JSON.stringify(json);
		for (const id of Object.keys(COUNTRY)) expect(text).not.toContain(`"${id}"`);
	});
});
