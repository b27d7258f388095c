/**
 * Tiny PDFs written byte by byte, for tests that need PDFs of exact shapes:
 * any page size, text or none, a huge embedded image, a content stream that
 * takes long to render, encryption, no pages at all.
 */
import { deflateSync } from 'node:zlib';

export interface TestPage {
	/** Page size in points (1/72 in). A1 portrait is 1684 × 2384. */
	width: number;
	height: number;
	/** Lines of text, in Helvetica (a standard PDF font). */
	lines?: string[];
	/** Extra content-stream operators, drawn after the text. */
	drawing?: string;
	/** An image XObject drawn over the page: width × height pixels of one grey, stored compressed. */
	image?: { width: number; height: number };
}

export interface TestPdfOptions {
	pages: TestPage[];
	/** Adds an /Encrypt dictionary whose empty user password does not open it: readers must ask for a password. */
	encrypted?: boolean;
}

function escapeText(text: string): string {
	return text.replace(/([\\()])/g, '\\$1');
}

/** A complete, valid PDF file. */
export function makePdf({ pages, encrypted = false }: TestPdfOptions): Buffer {
	const objects: Buffer[] = [];
	const add = (body: Buffer | string) => {
		objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
		return objects.length;
	};
	const stream = (dictionary: string, data: Buffer) =>
		Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

	const catalog = add('');
	const pagesObject = add('');
	const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
	const pageIds: number[] = [];
	for (const page of pages) {
		const ops: string[] = [];
		(page.lines ?? []).forEach((line, index) => {
			ops.push(`BT /F1 24 Tf 72 ${page.height - 96 - index * 32} Td (${escapeText(line)}) Tj ET`);
		});
		let resources = `/Font << /F1 ${font} 0 R >>`;
		if (page.image) {
			const { width, height } = page.image;
			const pixels = deflateSync(Buffer.alloc(width * height * 3, 0x99), { level: 9 });
			const image = add(
				stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode`, pixels),
			);
			resources += ` /XObject << /Im1 ${image} 0 R >>`;
			ops.push(`q ${page.width} 0 0 ${page.height} 0 0 cm /Im1 Do Q`);
		}
		if (page.drawing) ops.push(page.drawing);
		const content = deflateSync(Buffer.from(ops.join('\n'), 'latin1'));
		const contents = add(stream('/Filter /FlateDecode', content));
		pageIds.push(
			add(`<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << ${resources} >> /Contents ${contents} 0 R >>`),
		);
	}
	objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesObject} 0 R >>`, 'latin1');
	objects[pagesObject - 1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, 'latin1');
	let encrypt = '';
	if (encrypted) {
		const hex32 = 'ab'.repeat(32);
		const id = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${'cd'.repeat(32)}> /P -4 >>`);
		encrypt = ` /Encrypt ${id} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`;
	}

	const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
	const offsets: number[] = [];
	let length = parts[0]?.length ?? 0;
	objects.forEach((body, index) => {
		offsets.push(length);
		const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
		parts.push(object);
		length += object.length;
	});
	const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
	parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
	return Buffer.concat(parts);
}

/** A content stream that takes pdfjs a long time to draw: `count` tiny filled rectangles. */
export function slowDrawing(count: number): string {
	const one = '0.5 0.5 0.5 rg 10 10 1 1 re f\n';
	return one.repeat(count);
}
