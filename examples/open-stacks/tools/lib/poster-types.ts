// Types describing one conference-style poster.
//
// Only erasable TypeScript syntax is used here (no enums, no namespaces) so
// that Node 24 can run these files directly by stripping the types.

/** Writing direction of a piece of text. */
export type TextDir = 'ltr' | 'rtl';

/**
 * A piece of text. A plain string inherits the language and direction of its
 * surroundings; the object form marks text written in another language, e.g.
 * an English summary inside an Arabic poster.
 */
export type Txt = string | { text: string; lang: string; dir?: TextDir };

export interface PosterPartner {
	name: string;
	library: string;
	city: string;
	/** Country name as it should be printed ("Nigeria"). */
	country: string;
	/** ISO 3166-1 alpha-2 code, upper case ("NG"). Optional, informational. */
	countryCode?: string;
	/** Person id in content/people (e.g. "adaeze-okafor"). Optional. */
	id?: string;
	/** Approximate coordinates, used by the "map" illustration. */
	lat?: number;
	lon?: number;
}

export interface PosterQuote {
	text: Txt;
	attribution?: Txt;
}

export interface PosterSummary {
	/** Label above the box, e.g. "English summary". */
	label?: Txt;
	text: Txt;
}

export interface PosterTable {
	head?: Txt[];
	rows: Txt[][];
}

export interface PosterSection {
	heading: Txt;
	/** A second, smaller heading line, e.g. the heading in a second language. */
	subheading?: Txt;
	/** One string per paragraph. */
	text: Txt | Txt[];
	bullets?: Txt[];
	/** A small comparison table, placed after the bullets. */
	table?: PosterTable;
	quote?: PosterQuote;
	/** A boxed summary in another language, placed after the paragraphs. */
	summary?: PosterSummary;
	/** Language and direction of the whole section (defaults: the poster's). */
	lang?: string;
	dir?: TextDir;
}

export interface PosterFigureItem {
	label: Txt;
	value: number;
	/** How to print the value (defaults to the number, localised by the poster lang). */
	display?: string;
}

export interface PosterFigure {
	/** "bars": a horizontal bar chart; "numbers": a box of large key figures. */
	kind: 'bars' | 'numbers';
	title: Txt;
	items: PosterFigureItem[];
	caption?: Txt;
	/** Place the figure after this section (0-based). Defaults to spreading figures out. */
	after?: number;
}

/** Names of the built-in SVG illustrations (see poster-illustrations.ts). */
export type IllustrationKind =
	'reading-club' | 'map' | 'night-study' | 'makerspace' | 'shelter-story' | 'archive' | 'storytelling' | 'multilingual' | 'floorplans' | 'shelves' | 'cloth';

export interface PosterImage {
	/** Draw one of the built-in illustrations (rasterised with sharp). */
	illustration?: IllustrationKind;
	/** Or use a ready image: a data: URL or a path to a local JPEG/PNG file. */
	src?: string;
	alt: Txt;
	caption?: Txt;
	/** Aspect ratio (width / height) of generated illustrations; default 1.5. */
	aspect?: number;
	/** Seed for the small random variations of generated illustrations. */
	seed?: number;
	/** Place the image after this section (0-based). Default: after the first section. */
	after?: number;
}

export interface PosterSize {
	widthMm: number;
	heightMm: number;
	/** Human label such as "A1 portrait"; informational. */
	label?: string;
}

export interface PosterSpec {
	/** Folder name: content/posters/<slug>/poster.pdf */
	slug: string;
	title: Txt;
	subtitle?: Txt;
	/** BCP 47 tag of the main language ("en", "uk", "ar", "es"). */
	lang: string;
	dir?: TextDir;
	partners: PosterPartner[];
	/** Short paragraph shown under the title band, across all columns. */
	lead?: Txt;
	sections: PosterSection[];
	figures?: PosterFigure[];
	images?: PosterImage[];
	size: PosterSize;
	/** CSS colour for the title band and accents, e.g. "#0b6e4f". */
	accent: string;
	/** Programme name in the footer. Default "Open Stacks Fellowship". */
	program?: string;
	/** Round id, e.g. "2024". */
	round: string;
	/** Group name, e.g. "Lagos–Lima". */
	group?: string;
	/** Liaison's name, printed in the footer. */
	liaison?: string;
	/** Licence line; default CC BY 4.0 with the partners as copyright holders. */
	license?: { id: string; name: string; url: string };
	/** Printed in the footer, e.g. "openstacks.example.org/posters/lagos-lima". */
	url?: string;
	/** Overrides the number of text columns (default chosen from the page width). */
	columns?: number;
	/** Labels printed in the poster chrome, translated when the poster is not in English. */
	labels?: Partial<PosterLabels>;
}

export interface PosterLabels {
	round: string;
	group: string;
	liaison: string;
	licence: string;
	partners: string;
}

export const A0_LANDSCAPE: PosterSize = { widthMm: 1189, heightMm: 841, label: 'A0 landscape' };
export const A0_PORTRAIT: PosterSize = { widthMm: 841, heightMm: 1189, label: 'A0 portrait' };
export const A1_PORTRAIT: PosterSize = { widthMm: 594, heightMm: 841, label: 'A1 portrait' };
export const A1_LANDSCAPE: PosterSize = { widthMm: 841, heightMm: 594, label: 'A1 landscape' };
export const A2_PORTRAIT: PosterSize = { widthMm: 420, heightMm: 594, label: 'A2 portrait' };
export const A3_PORTRAIT: PosterSize = { widthMm: 297, heightMm: 420, label: 'A3 portrait' };
