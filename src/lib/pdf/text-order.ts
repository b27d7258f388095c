/**
 * Text from a PDF page in reading order. Many PDF writers (Chromium among
 * them) store right-to-left scripts glyph by glyph in visual order, left to
 * right; read as they are, Arabic comes out backwards and letter by letter.
 * This puts each line back into logical order, and folds Arabic
 * presentation forms into plain letters, so the text can be searched.
 */

/** The parts of a pdfjs text item this needs. */
export interface TextPiece {
	str: string;
	/** pdfjs's guess of the piece's direction. */
	dir: string;
	/** The piece ends a line. */
	hasEOL: boolean;
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// eslint-disable-next-line no-misleading-character-class -- whole script blocks, combining marks included, on purpose
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0900-\u097F]/u;

type Direction = 'rtl' | 'ltr' | 'neutral';

function directionOf(piece: string): Direction {
	if (STRONG_RTL.test(piece)) return 'rtl';
	if (STRONG_LTR.test(piece) || /\d/.test(piece)) return 'ltr';
	return 'neutral';
}

/** Reverses, in place, each maximal run of pieces of direction `flip` (neutrals inside a run belong to it). */
function reverseRuns(pieces: string[], flip: Direction): string[] {
	const out: string[] = [];
	let run: string[] = [];
	let pendingNeutrals: string[] = [];
	for (const piece of pieces) {
		const direction = directionOf(piece);
		if (direction === flip) {
			if (run.length > 0) run.push(...pendingNeutrals);
			else out.push(...pendingNeutrals);
			pendingNeutrals = [];
			run.push(piece);
		} else if (direction === 'neutral') {
			pendingNeutrals.push(piece);
		} else {
			out.push(...run.reverse(), ...pendingNeutrals, piece);
			run = [];
			pendingNeutrals = [];
		}
	}
	out.push(...run.reverse(), ...pendingNeutrals);
	return out;
}

/**
 * Characters drawn mirrored in right-to-left text: writers map the glyph they
 * drew back to the mirrored character, so a quotation «…» comes out »…«.
 */
const MIRRORED: Record<string, string> = { '«': '»', '»': '«', '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '‹': '›', '›': '‹' };

function unmirror(line: string): string {
	return line.replace(/[«»()[\]{}‹›]/g, (character) => MIRRORED[character] ?? character);
}

/** One visual line of pieces, in logical order; a mostly right-to-left line has its mirrored characters turned back. */
function logicalLine(pieces: string[]): string {
	let rtl = 0;
	let ltr = 0;
	for (const piece of pieces) {
		const direction = directionOf(piece);
		if (direction === 'rtl') rtl++;
		else if (direction === 'ltr') ltr++;
	}
	const line = logicalOrder(pieces, rtl, ltr);
	return rtl > ltr ? unmirror(line) : line;
}

/** The pieces in logical order, given how many of them are strongly right to left and left to right. */
function logicalOrder(pieces: string[], rtl: number, ltr: number): string {
	if (rtl === 0) return pieces.join('');
	// Pieces that each hold a whole run (as most writers store Arabic) are already in logical order.
	const glyphByGlyph = pieces.filter((piece) => directionOf(piece) === 'rtl' && piece.trim().length <= 2).length > rtl / 2;
	if (!glyphByGlyph) return pieces.join(' ').replace(/\s+/g, ' ');
	if (rtl >= ltr) {
		// A right-to-left line: read it from the right, keeping embedded Latin words and numbers as they are.
		return reverseRuns([...pieces].reverse(), 'ltr').join('');
	}
	return reverseRuns(pieces, 'rtl').join('');
}

/** The page's text, one line per visual line, in logical order and normalised (NFKC). */
export function pageText(items: readonly TextPiece[]): string {
	const lines: string[] = [];
	let line: string[] = [];
	for (const item of items) {
		line.push(item.str);
		if (item.hasEOL) {
			lines.push(logicalLine(line));
			line = [];
		}
	}
	if (line.length > 0) lines.push(logicalLine(line));
	return (
		lines
			.join('\n')
			.normalize('NFKC')
			// A glyph the writer gave no character for comes out as NUL (or another control character): it is dropped.
			// eslint-disable-next-line no-control-regex -- control characters are what is removed
			.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
			// A combining mark (an Arabic vowel or shadda) drawn at the end of a word can land after the space or line break that follows it: it goes back onto its letter.
			.replace(/([ \t\n]+)(\p{M}+)/gu, '$2$1')
			.replace(/[ \t]+/g, ' ')
			.replace(/ *\n[ \n]*/g, '\n')
			.trim()
	);
}
