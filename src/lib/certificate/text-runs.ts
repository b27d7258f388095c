/**
 * Splits a line of text into runs that one font can set, in the order they
 * are drawn from left to right. The font engine (fontkit, through pdf-lib)
 * shapes each run: Arabic letters take their joined forms, Devanagari its
 * conjuncts and vowel signs, and an Arabic run comes out right to left.
 *
 * Lines are ordered by a simplified bidirectional rule rather than the full
 * Unicode algorithm: a line whose first strong character is right-to-left
 * (Arabic, Hebrew) has its runs drawn from right to left. That is exact for
 * the names, titles and places on a certificate (one script, or a right-to-left
 * title with a left-to-right name), not for numbers inside an Arabic sentence.
 */

export interface TextRun<Font> {
	text: string;
	font: Font;
}

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const STRONG = /[\p{L}]/u;
/** Spaces and punctuation go with the run they are in, whatever font covers them first. */
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;

/** Whether a line reads from right to left: its first letter is in a right-to-left script. */
export function isRightToLeft(text: string): boolean {
	for (const char of text) {
		if (STRONG_RTL.test(char)) return true;
		if (STRONG.test(char)) return false;
	}
	return false;
}

/**
 * The runs of `text`, each in the first font that covers all its characters
 * (the first font when none does), in drawing order.
 */
export function textRuns<Font extends { covers: (codePoint: number) => boolean }>(text: string, fonts: readonly Font[]): TextRun<Font>[] {
	const first = fonts[0];
	if (!first) throw new Error('textRuns needs at least one font');
	const runs: TextRun<Font>[] = [];
	for (const char of text) {
		const codePoint = char.codePointAt(0) ?? 0;
		const current = runs.at(-1);
		if (current && (NEUTRAL.test(char) ? current.font.covers(codePoint) : current.font.covers(codePoint) && sameDirection(current.text, char))) {
			current.text += char;
			continue;
		}
		const font = fonts.find((candidate) => candidate.covers(codePoint)) ?? first;
		if (current && current.font === font && sameDirection(current.text, char)) current.text += char;
		else runs.push({ text: char, font });
	}
	const ordered = isRightToLeft(text) ? runs.reverse() : runs;
	return ordered;
}

/** A right-to-left letter does not join a left-to-right run (and the reverse), even in one font. */
function sameDirection(run: string, char: string): boolean {
	if (!STRONG.test(char)) return true;
	const runIsRtl = STRONG_RTL.test(run);
	const runHasLetters = STRONG.test(run);
	return !runHasLetters || runIsRtl === STRONG_RTL.test(char);
}
