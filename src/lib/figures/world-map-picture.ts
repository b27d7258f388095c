/**
 * The world map as a picture on its own (an SVG file for an `<img>`): the
 * home page shows it small, linking to the figures page. It carries its own
 * colours, light and dark, since a picture cannot read the page's CSS.
 */
import type { MapLayout } from './world-map.ts';

/**
 * The same colours as the `--map-*` custom properties in src/styles/global.css,
 * which the pages use (a unit test keeps the two the same).
 */
export const MAP_PALETTE = {
	light: { land: '#e4e0d7', edge: '#07464b', steps: ['#b9dfdb', '#7cc2bc', '#3f9a94', '#1b7470', '#0b4f52'], current: '#a4421f' },
	dark: { land: '#2c3538', edge: '#a5e3df', steps: ['#2f6b66', '#3f8a84', '#57aaa3', '#7fcac3', '#b2e9e4'], current: '#f2a27f' },
} as const;

type Palette = (typeof MAP_PALETTE)[keyof typeof MAP_PALETTE];

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function rules(palette: Palette): string {
	return [
		`.land{fill:${palette.land}}`,
		`.country,.dot{stroke:${palette.edge}}`,
		...palette.steps.map((colour, index) => `.s${index + 1}{fill:${colour}}`),
	].join('');
}

/** The map as a standalone SVG document, with `title` as its accessible name. */
export function worldMapPicture(layout: MapLayout, title: string): string {
	const shapes = layout.countries
		.map((country) => {
			const shade = `s${country.step}`;
			const shape = country.d ? `<path class="country ${shade}" d="${country.d}"/>` : '';
			const dot = country.dot ? `<circle class="dot ${shade}" cx="${country.dot.x}" cy="${country.dot.y}" r="5"/>` : '';
			return shape + dot;
		})
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img">`,
		`<title>${escapeXml(title)}</title>`,
		`<style>.country,.dot{stroke-width:.8}${rules(MAP_PALETTE.light)}@media (prefers-color-scheme:dark){${rules(MAP_PALETTE.dark)}}</style>`,
		`<path class="land" d="${layout.background}"/>`,
		shapes,
		'</svg>',
	].join('');
}
