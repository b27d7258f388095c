/**
 * The site's default social card (Open Graph image), drawn from the
 * program's name and tagline and the network's headline numbers, for pages
 * without an image of their own.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getCatalog } from '../data/catalog.ts';
import { getFigures } from '../data/figures.ts';
import { headlineNumbers } from '../lib/figures/headline.ts';

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + word.length + 1 > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export const GET: APIRoute = async () => {
	const [{ program, terms, siteLang }, figures] = await Promise.all([getCatalog(), getFigures()]);
	const name = wrap(program.name, 24).slice(0, 2);
	const numbers = headlineNumbers(figures, terms, siteLang);
	// With numbers to show, the tagline gives them room.
	const tagline = wrap(program.tagline, 46).slice(0, numbers.length > 0 ? 2 : 3);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
	<rect width="1200" height="630" fill="#07464b"/>
	<rect x="0" y="560" width="1200" height="70" fill="#a4421f"/>
	${numbers.length > 0 ? `<text x="80" y="606" font-family="DejaVu Sans, Arial, sans-serif" font-size="28" font-weight="700" fill="#ffffff">${escapeXml(numbers.join('  ·  '))}</text>` : ''}
	${name.map((line, i) => `<text x="80" y="${190 + i * 92}" font-family="DejaVu Serif, Georgia, serif" font-size="80" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`).join('')}
	${tagline.map((line, i) => `<text x="80" y="${190 + name.length * 92 + 40 + i * 50}" font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#d8efec">${escapeXml(line)}</text>`).join('')}
</svg>`;
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
