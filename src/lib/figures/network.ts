/**
 * The partnership network as a chord diagram, laid out at build time with
 * d3-chord: one arc per country around a circle, sized by its partnerships,
 * and one ribbon per pair of countries that worked together, as wide as the
 * number of groups they shared.
 */
import { type Chord, chord, type ChordGroup, type ChordSubgroup, ribbon } from 'd3-chord';
import { arc } from 'd3-shape';
import type { Partnership } from './program-figures.ts';

export interface NetworkOptions {
	/** The diagram's width and height in SVG units, labels included. */
	size?: number;
	/** Room left around the circle for the countries' labels. */
	labelSpace?: number;
	/**
	 * Draw only the ribbons of the first this many pairs, in the order given (the
	 * program's figures list the pairs that shared the most groups first), the same
	 * pairs a table beside the diagram lists. The arcs still count every pair: a
	 * program-wide diagram of thousands of pairs would otherwise weigh more than the
	 * rest of its page.
	 */
	maxRibbons?: number;
}

export interface NetworkLayout {
	size: number;
	/** One arc per country, clockwise from the top. */
	groups: {
		code: string;
		d: string;
		/** Partnerships the country took part in. */
		total: number;
		/** Where its label goes, turned to read outwards from the circle; none when its arc is too narrow. */
		label: { x: number; y: number; rotate: number; anchor: 'start' | 'end' } | undefined;
	}[];
	ribbons: { a: string; b: string; count: number; d: string }[];
}

/** Arcs narrower than this (in radians) get no label: the labels would overlap. */
const MIN_LABEL_ANGLE = 0.05;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A path's numbers to a tenth of a unit: ribbons are curves, and at full
 * precision they would triple their bytes. Done on the string because
 * d3-chord's ribbon has no `digits()` as d3-shape's arc does, and its types
 * accept only a canvas as the context d3-path's `pathRound` would be.
 */
function roundPath(d: string): string {
	return d.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number) => String(round1(Number(number))));
}

/** Lays out the partnerships between countries around a circle; every coordinate is relative to the diagram's centre. */
export function layoutNetwork(partnerships: readonly Partnership[], options: NetworkOptions = {}): NetworkLayout {
	const { size = 640, labelSpace = 110, maxRibbons = Infinity } = options;
	const codes = [...new Set(partnerships.flatMap(({ a, b }) => [a, b]))].sort();
	const index = new Map(codes.map((code, i) => [code, i]));
	const matrix = codes.map(() => codes.map(() => 0));
	for (const { a, b, count } of partnerships) {
		const i = index.get(a) ?? 0;
		const j = index.get(b) ?? 0;
		const row = matrix[i];
		const column = matrix[j];
		if (!row || !column) continue;
		row[j] = (row[j] ?? 0) + count;
		if (i !== j) column[i] = (column[i] ?? 0) + count;
	}
	const outer = size / 2 - labelSpace;
	const inner = outer - Math.max(8, outer * 0.06);
	const chords = chord()
		.padAngle(codes.length > 1 ? Math.min(0.04, 1 / codes.length) : 0)
		.sortSubgroups((x, y) => y - x)(matrix);
	const arcPath = arc<ChordGroup>().innerRadius(inner).outerRadius(outer).digits(1);
	const groups = chords.groups.map((group) => {
		const code = codes[group.index] ?? '';
		const angle = (group.startAngle + group.endAngle) / 2;
		// d3 measures angles clockwise from twelve o'clock; SVG rotates clockwise from three o'clock.
		const degrees = (angle * 180) / Math.PI - 90;
		const onLeft = angle > Math.PI;
		const radius = outer + 6;
		const label =
			group.endAngle - group.startAngle >= MIN_LABEL_ANGLE || codes.length <= 12
				? {
						x: round1(radius * Math.sin(angle)),
						y: round1(-radius * Math.cos(angle)),
						rotate: round1(onLeft ? degrees - 180 : degrees),
						anchor: onLeft ? ('end' as const) : ('start' as const),
					}
				: undefined;
		return { code, d: arcPath(group) ?? '', total: group.value, label };
	});
	const ribbonPath = ribbon<Chord, ChordSubgroup>().radius(inner);
	// Each drawn pair's place in the order given; the ribbons of a shortened diagram follow it.
	const pairOf = (link: Chord) => [codes[link.source.index] ?? '', codes[link.target.index] ?? ''].sort().join(' ');
	const rank = new Map(partnerships.slice(0, maxRibbons).map(({ a, b }, place) => [[a, b].sort().join(' '), place]));
	const drawn =
		chords.length > rank.size
			? chords.filter((link) => rank.has(pairOf(link))).sort((x, y) => (rank.get(pairOf(x)) ?? 0) - (rank.get(pairOf(y)) ?? 0))
			: chords;
	const ribbons = drawn.map((link) => ({
		a: codes[link.source.index] ?? '',
		b: codes[link.target.index] ?? '',
		count: link.source.value,
		d: roundPath(ribbonPath(link) ?? ''),
	}));
	return { size, groups, ribbons };
}
