/**
 * fontkit 2 (foliojs, maintained) for pdf-lib. pdf-lib was written against its
 * own fork of fontkit 1, whose subsetter drops glyphs of the Noto fonts and whose
 * Indic shaper needs a global that Node does not have. fontkit 2 shapes and
 * subsets them correctly; the one difference pdf-lib meets is how a subset is
 * written out (`encode()` now returns the bytes, where pdf-lib listens to a
 * stream from `encodeStream()`), which this adapter bridges.
 */
import { EventEmitter } from 'node:events';
import * as fontkit from 'fontkit';
import type { Fontkit } from 'pdf-lib';

interface Subset {
	includeGlyph: (glyph: unknown) => number;
	encode: () => Uint8Array;
}

/** A stream that hands pdf-lib the whole subset at once, once it has attached its listeners. */
function bytesAsStream(bytes: Uint8Array): EventEmitter {
	const stream = new EventEmitter();
	setImmediate(() => {
		stream.emit('data', bytes);
		stream.emit('end');
	});
	return stream;
}

type SubsettableFont = fontkit.Font & { createSubset: () => Subset };

/** Fonts parsed once per process: every certificate of a build embeds the same few files, and Noto Sans JP takes a while to read. */
const parsed = new WeakMap<Uint8Array, SubsettableFont>();

export const fontkitForPdfLib = {
	create(bytes: Uint8Array) {
		let font = parsed.get(bytes);
		if (!font) {
			font = fontkit.create(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes)) as SubsettableFont;
			if (!('layout' in font)) throw new Error('A font collection (.ttc) was given where one font was expected');
			parsed.set(bytes, font);
		}
		return new Proxy(font, {
			get(target, property) {
				if (property === 'createSubset') {
					return () => {
						const subset = target.createSubset();
						return { includeGlyph: (glyph: unknown) => subset.includeGlyph(glyph), encodeStream: () => bytesAsStream(subset.encode()), cff: undefined };
					};
				}
				const value: unknown = Reflect.get(target, property, target);
				return typeof value === 'function' ? value.bind(target) : value;
			},
		});
	},
} as unknown as Fontkit;
