/**
 * A certificate of completion as a one-page PDF (A4 landscape), made with
 * pdf-lib: every line centred, each run of text in a font that has its
 * glyphs (see fonts.ts), the fonts embedded as subsets so the file prints the
 * same everywhere. Knows nothing of Astro: data in, bytes out.
 */
import { fontkitForPdfLib } from './fontkit-adapter.ts';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { certificateFonts, type FontWeight, type LoadedFont } from './fonts.ts';
import { textRuns } from './text-runs.ts';

export interface CertificateText {
	/** The program's name, at the top. */
	program: string;
	/** "Certificate of completion". */
	heading: string;
	/** The person's name, largest. */
	person: string;
	/** The lines under the name: library and country, round and dates, partners, poster. */
	lines: string[];
	/** Who signs: the coordinators' names. */
	signedBy: string;
	/** Where the certificate can be checked: its page's address. */
	verifyUrl: string;
	/** The PDF's title and author metadata. */
	title: string;
	/** The document's language, such as en. */
	lang: string;
	/** The build's date: the PDF's creation date, so the same build makes the same file. */
	date: Date;
}

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
const INK = rgb(0.13, 0.16, 0.18);
const ACCENT = rgb(0.05, 0.3, 0.31);
const MUTED = rgb(0.35, 0.38, 0.4);

/** Embeds fonts only when a line needs them, each once per document. */
function fontEmbedder(document: PDFDocument) {
	const embedded = new Map<LoadedFont, Promise<PDFFont>>();
	return (font: LoadedFont) => {
		let pdfFont = embedded.get(font);
		if (!pdfFont) {
			pdfFont = document.embedFont(font.bytes, { subset: true, ...(font.features ? { features: font.features } : {}) });
			embedded.set(font, pdfFont);
		}
		return pdfFont;
	};
}

interface LineStyle {
	size: number;
	weight: FontWeight;
	color: ReturnType<typeof rgb>;
}

/** Draws one line centred on the page at `y`, shrinking it until it fits the width. */
async function drawCentred(page: PDFPage, text: string, y: number, style: LineStyle, embed: (font: LoadedFont) => Promise<PDFFont>): Promise<void> {
	const runs = await Promise.all(
		textRuns(text, certificateFonts(style.weight)).map(async (run) => {
			const font = await embed(run.font);
			// A width is proportional to the size, and each measure shapes the text anew
			// (most of a certificate's time): measure once, at size 1.
			return { text: run.text, font, widthPerPoint: font.widthOfTextAtSize(run.text, 1) };
		}),
	);
	const maxWidth = PAGE.width - 120;
	const widthAt = (size: number) => runs.reduce((sum, run) => sum + run.widthPerPoint * size, 0);
	let size = style.size;
	while (size > 8 && widthAt(size) > maxWidth) size -= 1;
	let x = (PAGE.width - widthAt(size)) / 2;
	for (const run of runs) {
		page.drawText(run.text, { x, y, size, font: run.font, color: style.color });
		x += run.widthPerPoint * size;
	}
}

/** The certificate as PDF bytes. */
export async function certificatePdf(text: CertificateText): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	document.registerFontkit(fontkitForPdfLib);
	document.setTitle(text.title);
	document.setAuthor(text.program);
	document.setSubject(text.heading);
	document.setLanguage(text.lang);
	document.setProducer('Interlibrary (pdf-lib)');
	document.setCreator('Interlibrary');
	document.setCreationDate(text.date);
	document.setModificationDate(text.date);
	const page = document.addPage([PAGE.width, PAGE.height]);
	const embed = fontEmbedder(document);

	// A double frame, as printed certificates have.
	page.drawRectangle({ x: 24, y: 24, width: PAGE.width - 48, height: PAGE.height - 48, borderColor: ACCENT, borderWidth: 3 });
	page.drawRectangle({ x: 34, y: 34, width: PAGE.width - 68, height: PAGE.height - 68, borderColor: ACCENT, borderWidth: 0.75 });

	await drawCentred(page, text.program, 500, { size: 20, weight: 'bold', color: ACCENT }, embed);
	await drawCentred(page, text.heading, 462, { size: 30, weight: 'regular', color: INK }, embed);
	await drawCentred(page, text.person, 392, { size: 34, weight: 'bold', color: INK }, embed);
	let y = 350;
	for (const line of text.lines) {
		await drawCentred(page, line, y, { size: 14, weight: 'regular', color: INK }, embed);
		y -= 26;
	}
	await drawCentred(page, text.signedBy, 112, { size: 13, weight: 'regular', color: INK }, embed);
	await drawCentred(page, `Verify at ${text.verifyUrl}`, 64, { size: 10, weight: 'regular', color: MUTED }, embed);
	// No timestamps or random ids beyond the given date: the same certificate makes the same bytes.
	return document.save({ useObjectStreams: true });
}
