/**
 * fontkit 2 (foliojs, maintained) for pdf-lib. pdf-lib was written against its
 * own fork of fontkit 1, whose subsetter drops glyphs of the Noto fonts and whose
 * Indic shaper needs a global that Node does not have. fontkit 2 shapes and
 * subsets them correctly; the one difference pdf-lib meets is how a subset is
 * written out (`encode()` now returns the bytes, where pdf-lib listens to a
 * stream from `encodeStream()`), which this adapter bridges.
 *
 * It also fixes what each glyph stands for in the PDF's text (its ToUnicode
 * map, which copy and paste, search and screen readers use). pdf-lib maps each
 * glyph once, to the characters fontkit gave it the first time it appeared, and
 * fontkit keeps one glyph object per glyph: so the "i" of "Thị" (set as "i" and
 * a combining dot) would turn every later "i" into "ị". A glyph that the font's
 * own character map names stands for that character; only glyphs it does not
 * name (Arabic joining forms, ligatures) keep the characters fontkit shaped them from.
 */
import { EventEmitter } from 'node:events';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What pdf-lib's registerFontkit takes. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** A stream that hands pdf-lib the whole subset at once, once it has attached its listeners. */
function bytesAsStream(bytes: Uint8Array): EventEmitter {
	const stream = new EventEmitter();
	setImmediate(() => {
		stream.emit('data', bytes);
		stream.emit('end');
	});
	return stream;
}

type SubsettableFont = fontkit.Font;
type LaidOutGlyph = { id: number; codePoints: number[] };

/** Each glyph's own character in the font's character map. */
const ownCharacters = new WeakMap<fontkit.Font, Map<number, number>>();

function ownCharacterOf(font: fontkit.Font, glyphId: number): number | undefined {
	let map = ownCharacters.get(font);
	if (!map) {
		map = new Map();
		for (const codePoint of font.characterSet) {
			// Compatibility characters (Arabic presentation forms, the "ﬁ" ligature) are not what a reader
			// typed: glyphs they name keep the characters fontkit shaped them from.
			const char = String.fromCodePoint(codePoint);
			if (char.normalize('NFKC') !== char) continue;
			const id = font.glyphForCodePoint(codePoint).id;
			if (!map.has(id)) map.set(id, codePoint);
		}
		ownCharacters.set(font, map);
	}
	return map.get(glyphId);
}

/** Fonts parsed once per process: every certificate of a build embeds the same few files, and Noto Sans JP takes a while to read. */
const parsed = new WeakMap<Uint8Array, SubsettableFont>();

/** A font file parsed by fontkit, once per file's bytes. */
export function parseFont(bytes: Uint8Array): SubsettableFont {
	let font = parsed.get(bytes);
	if (!font) {
		const created = fontkit.create(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
		if (!('layout' in created)) throw new Error('A font collection (.ttc) was given where one font was expected');
		font = created;
		parsed.set(bytes, font);
	}
	return font;
}

export const fontkitForPdfLib = {
	create(bytes: Uint8Array) {
		const font = parseFont(bytes);
		return new Proxy(font, {
			get(target, property) {
				if (property === 'layout') {
					return (text: string, features?: unknown) => {
						const run = target.layout(text, features as never);
						for (const glyph of run.glyphs as unknown as LaidOutGlyph[]) {
							const own = ownCharacterOf(target, glyph.id);
							if (own !== undefined) glyph.codePoints = [own];
						}
						return run;
					};
				}
				if (property === 'createSubset') {
					return () => {
						const subset = target.createSubset();
						return {
							// fontkit returns the glyph's id in the subset (its typings say boolean), which pdf-lib writes.
							includeGlyph: (glyph: fontkit.Glyph) => subset.includeGlyph(glyph) as unknown as number,
							encodeStream: () => bytesAsStream(subset.encode()),
							cff: undefined,
						};
					};
				}
				const value: unknown = Reflect.get(target, property, target);
				return typeof value === 'function' ? (value.bind(target) as unknown) : value;
			},
		});
	},
} as unknown as PdfLibFontkit;
