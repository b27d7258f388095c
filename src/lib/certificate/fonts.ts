/**
 * The fonts certificates are set in: Noto Sans for Latin, Greek and Cyrillic,
 * Noto Sans Arabic, Noto Sans Devanagari and Noto Sans JP, as TrueType files
 * from npm packages (SIL Open Font License 1.1, which allows embedding them in
 * documents). Each character is set in the first of them that has a glyph for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseFont } from './fontkit-adapter.ts';

const require = createRequire(import.meta.url);

export type FontWeight = 'regular' | 'bold';

interface FontFace {
	/** Which script it is for, as messages and tests name it. */
	script: string;
	files: Record<FontWeight, string>;
	/** OpenType features to leave off when shaping with this font. */
	features?: Record<string, boolean>;
}

/** In the order they are tried for each character. */
export const CERTIFICATE_FONTS: readonly FontFace[] = [
	{ script: 'Latin', files: { regular: 'noto-sans/400Regular/NotoSans_400Regular.ttf', bold: 'noto-sans/700Bold/NotoSans_700Bold.ttf' } },
	{
		script: 'Arabic',
		files: { regular: 'noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', bold: 'noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf' },
		// Noto Sans Arabic's ccmp splits letters into a body and separate dots, glyphs that stand for no
		// character, so the PDF's text would come out with stray characters; the joined letters look the same.
		features: { ccmp: false },
	},
	{
		script: 'Devanagari',
		files: {
			regular: 'noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
			bold: 'noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
		},
	},
	{ script: 'Japanese', files: { regular: 'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', bold: 'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' } },
];

export interface LoadedFont {
	script: string;
	readonly bytes: Uint8Array;
	features: Record<string, boolean> | undefined;
	/** Whether the font has a glyph for a character. */
	covers: (codePoint: number) => boolean;
}

const loaded = new Map<string, LoadedFont>();

/**
 * A font's bytes and coverage, read once per process and only when first
 * needed: a program whose names are all in Latin script never reads the
 * 5 MB Japanese font. The parsed font is the one pdf-lib embeds (see fontkit-adapter.ts).
 */
export function loadFont(face: FontFace, weight: FontWeight): LoadedFont {
	const file = require.resolve(`@expo-google-fonts/${face.files[weight]}`);
	let font = loaded.get(file);
	if (!font) {
		let bytes: Uint8Array | undefined;
		const read = () => (bytes ??= readFileSync(file));
		font = {
			script: face.script,
			features: face.features,
			get bytes() {
				return read();
			},
			covers: (codePoint) => parseFont(read()).hasGlyphForCodePoint(codePoint),
		};
		loaded.set(file, font);
	}
	return font;
}

/** Every certificate font in one weight, in the order they are tried. */
export function certificateFonts(weight: FontWeight): LoadedFont[] {
	return CERTIFICATE_FONTS.map((face) => loadFont(face, weight));
}
