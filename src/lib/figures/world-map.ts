/**
 * A world map of the network, projected at build time: one SVG path per
 * country from Natural Earth's 1:110m topology (world-atlas), through
 * topojson-client and d3-geo's Equal Earth projection (equal-area, so a
 * country's shading is not exaggerated by its latitude). Countries too small
 * to see at this scale, or missing from the 1:110m file (Singapore, Malta,
 * Mauritius…), are also marked by a dot placed from the 1:50m file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry } from 'geojson';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import isoCountries from 'i18n-iso-countries';
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** The map's width in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 960;

/** Countries whose shape covers fewer square units than this at MAP_WIDTH also get a dot, so they can be seen and clicked. */
const SMALL_AREA = 12;

/** How many shades of the map's colour at most: more are hard to tell apart. */
const MAX_STEPS = 5;

/**
 * Shapes world-atlas (Natural Earth) leaves without an ISO numeric id. ISO 3166
 * counts Somaliland and Northern Cyprus as parts of Somalia and Cyprus, and
 * people there write SO and CY, so their shapes join those countries'.
 */
const UNNUMBERED: Record<string, string> = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };

/** Antarctica takes a sixth of the map's height and holds no libraries a program partners with. */
const LEFT_OUT = new Set(['AQ']);

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Shape = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;

function isCountriesTopology(value: unknown): value is Countries {
	if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology' || !('objects' in value)) return false;
	const { objects } = value;
	return typeof objects === 'object' && objects !== null && 'countries' in objects;
}

function readTopology(file: string): Countries {
	const parsed: unknown = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${file}`), 'utf8'));
	if (!isCountriesTopology(parsed)) throw new Error(`world-atlas/${file} is not a topology of countries`);
	return parsed;
}

/** Each country's shapes, by alpha-2 code. */
function shapesByCode(topology: Countries): Map<string, Shape[]> {
	const byCode = new Map<string, Shape[]>();
	for (const geometry of topology.objects.countries.geometries) {
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const code = geometry.id === undefined ? UNNUMBERED[geometry.properties?.name ?? ''] : isoCountries.numericToAlpha2(geometry.id);
		if (!code || LEFT_OUT.has(code)) continue;
		byCode.set(code, [...(byCode.get(code) ?? []), geometry]);
	}
	return byCode;
}

export interface WorldShape {
	code: string;
	/** The SVG path, in whole units. */
	d: string;
	/** Where a dot goes when the shape is too small to see. */
	dot: { x: number; y: number } | undefined;
	/** The shape's centre, where a ring marks the country a page is about. */
	centre: { x: number; y: number } | undefined;
}

export interface World {
	width: number;
	height: number;
	shapes: Map<string, WorldShape>;
	/** Dots for countries the 1:110m file does not draw, placed lazily from the 1:50m file. */
	dotFor: (code: string) => { x: number; y: number } | undefined;
}

let world: World | undefined;

/** The projected world, computed once per build. */
export function worldMap(): World {
	if (world) return world;
	const topology = readTopology('countries-110m.json');
	const byCode = shapesByCode(topology);
	const merged = new Map([...byCode].map(([code, parts]) => [code, merge(topology, parts)]));
	// Fitted to the countries drawn, not the whole globe: no empty ocean where Antarctica would be.
	const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'GeometryCollection', geometries: [...merged.values()] });
	// Whole units: at 960 wide a unit is under a pixel on most screens, and the map's bytes halve.
	const path = geoPath(projection).digits(0);
	const [[, top], [, bottom]] = path.bounds({ type: 'GeometryCollection', geometries: [...merged.values()] });
	const point = (geometry: Geometry) => {
		const projected = projection(geoCentroid(geometry));
		return projected ? { x: Math.round(projected[0]), y: Math.round(projected[1]) } : undefined;
	};
	const shapes = new Map<string, WorldShape>();
	for (const [code, geometry] of merged) {
		const d = path(geometry);
		if (!d) continue;
		const centre = point(geometry);
		shapes.set(code, { code, d, dot: path.area(geometry) < SMALL_AREA ? centre : undefined, centre });
	}
	let detailed: Map<string, Shape[]> | undefined;
	let detailedTopology: Countries | undefined;
	const dots = new Map<string, { x: number; y: number } | undefined>();
	world = {
		width: MAP_WIDTH,
		height: Math.ceil(bottom - top),
		shapes,
		dotFor: (code) => {
			if (!dots.has(code)) {
				detailedTopology ??= readTopology('countries-50m.json');
				detailed ??= shapesByCode(detailedTopology);
				const parts = detailed.get(code);
				dots.set(code, parts ? point(merge(detailedTopology, parts)) : undefined);
			}
			return dots.get(code);
		},
	};
	return world;
}

export interface MapCountry {
	code: string;
	count: number;
	/** 1 (fewest) to the number of legend steps (most); 0 for the highlighted country without participants. */
	step: number;
	/** The country's shape, when the map draws it. */
	d: string | undefined;
	/** A dot, for a country too small to see or not drawn at all. */
	dot: { x: number; y: number } | undefined;
	/** The country the page is about. */
	current: boolean;
	/** For the country the page is about: a ring around it, so that even a small country stands out. */
	ring: { x: number; y: number } | undefined;
}

export interface MapLayout {
	width: number;
	height: number;
	/** Every country without participants, as one path. */
	background: string;
	/** Countries with participants (and the highlighted one), by code. */
	countries: MapCountry[];
	/** The shades, with the counts each stands for. */
	legend: { step: number; low: number; high: number }[];
	/** Listed countries the map cannot place (not in Natural Earth's files). */
	unplaced: string[];
}

/**
 * The map for some participant counts by country: each listed country shaded
 * by its count in up to five steps (from d3's quantize scale over whole
 * numbers), the rest as a plain background; `highlight` marks one country.
 */
export function layoutWorldMap(counts: ReadonlyMap<string, number>, options: { highlight?: string | undefined } = {}): MapLayout {
	const { width, height, shapes, dotFor } = worldMap();
	const max = Math.max(0, ...counts.values());
	// At least one step, so that d3's scale has a range even when nobody is counted yet.
	const steps = Math.max(1, Math.min(MAX_STEPS, max));
	// Over [0.5, max + 0.5], each whole count falls in exactly one step, and with few counts each has its own.
	const shade = scaleQuantize<number>()
		.domain([0.5, max + 0.5])
		.range(Array.from({ length: steps }, (_, index) => index + 1));
	const listed = [...counts.entries()].filter(([, count]) => count > 0).map(([code]) => code);
	if (options.highlight && !counts.get(options.highlight)) listed.push(options.highlight);
	const countries = listed.sort().map((code): MapCountry => {
		const count = counts.get(code) ?? 0;
		const shape = shapes.get(code);
		const dot = shape ? shape.dot : dotFor(code);
		const current = code === options.highlight;
		return { code, count, step: count > 0 ? shade(count) : 0, d: shape?.d, dot, current, ring: current ? (shape?.centre ?? dot) : undefined };
	});
	const shown = new Set(listed);
	return {
		width,
		height,
		background: [...shapes.values()]
			.filter((shape) => !shown.has(shape.code))
			.map((shape) => shape.d)
			.join(''),
		countries,
		legend: (max > 0 ? shade.range() : []).map((step) => {
			const [low = 0.5, high = max + 0.5] = shade.invertExtent(step);
			return { step, low: Math.ceil(low), high: Math.ceil(high) - 1 };
		}),
		unplaced: countries.filter((country) => !country.d && !country.dot).map((country) => country.code),
	};
}
