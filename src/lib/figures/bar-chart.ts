/**
 * The geometry of a small bar chart (one figure across rounds), computed
 * with d3-scale: bars on a band scale, a linear value axis whose ticks come
 * from d3's `ticks()`. Components draw it as SVG; nothing here knows HTML.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarPoint {
	/** The round's id, which keys the bar. */
	key: string;
	/** What the axis shows under the bar. */
	label: string;
	/** Undefined when the figure is not known for that round: no bar, and the table says so. */
	value: number | undefined;
}

export interface BarChartOptions {
	width?: number;
	height?: number;
	/** At most this many value ticks (d3 may choose fewer, at round numbers). */
	ticks?: number;
	/** At most this many labels under the bars; with more rounds, every second (third…) is labelled. */
	maxLabels?: number;
	/** Formats tick and bar values for the reader's language. */
	format?: (value: number) => string;
}

export interface BarChartLayout {
	width: number;
	height: number;
	/** The plotting area inside the margins. */
	plot: { left: number; right: number; top: number; bottom: number };
	bars: { key: string; x: number; y: number; width: number; height: number; value: number; text: string }[];
	/** Value ticks, bottom to top, with the gridline's y. */
	ticks: { value: number; y: number; text: string }[];
	/** Labels under the bars (a subset when there are many rounds). */
	labels: { key: string; x: number; text: string }[];
	/** Whether bars are wide enough to carry their value on top. */
	valuesOnBars: boolean;
}

const MARGIN = { top: 12, right: 8, bottom: 28, left: 44 };

/** Lays out one figure's bars, oldest round on the left. */
export function layoutBarChart(points: readonly BarPoint[], options: BarChartOptions = {}): BarChartLayout {
	const { width = 320, height = 180, ticks: tickCount = 4, maxLabels = 8, format = String } = options;
	const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
	const known = points.flatMap((point) => (point.value === undefined ? [] : [point.value]));
	const max = Math.max(1, ...known);
	const y = scaleLinear().domain([0, max]).nice(tickCount).range([plot.bottom, plot.top]);
	const x = scaleBand<string>()
		.domain(points.map((point) => point.key))
		.range([plot.left, plot.right])
		.paddingInner(0.25)
		.paddingOuter(0.15);
	const bandwidth = x.bandwidth();
	const every = Math.max(1, Math.ceil(points.length / maxLabels));
	return {
		width,
		height,
		plot,
		bars: points.flatMap((point) => {
			if (point.value === undefined) return [];
			const top = y(point.value);
			return [{ key: point.key, x: x(point.key) ?? 0, y: top, width: bandwidth, height: plot.bottom - top, value: point.value, text: format(point.value) }];
		}),
		// Whole numbers only: a count of people has no half-steps, even when d3 would offer 0.5.
		ticks: y
			.ticks(tickCount)
			.filter((value) => Number.isInteger(value))
			.map((value) => ({ value, y: y(value), text: format(value) })),
		labels: points
			// The newest round is always labelled, counting back from it.
			.filter((_, index) => (points.length - 1 - index) % every === 0)
			.map((point) => ({ key: point.key, x: (x(point.key) ?? 0) + bandwidth / 2, text: point.label })),
		valuesOnBars: bandwidth >= 22,
	};
}
