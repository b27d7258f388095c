// Renders the illustrations used by the bundled sample content (content/) to JPEG.
//
//   node scripts/sample-images.ts          (Node 24 strips the TypeScript types)
//
// Every image is a hand-written SVG scene: abstract, text-free illustrations whose
// alt texts live next to the content that uses them. Running the script again
// overwrites the files with identical output (all "randomness" is seeded).

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { makeRng } from '../../../scripts/lib/random.ts';

type Scene = {
	/** Output path relative to the repository root. */
	file: string;
	width: number;
	height: number;
	quality: number;
	body: string;
	defs?: string;
};

const root = fileURLToPath(new URL('..', import.meta.url));

function pick<T>(random: () => number, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pick() needs at least one item');
	return item;
}

function svg(scene: Scene): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">
<defs>${scene.defs ?? ''}</defs>
${scene.body}
</svg>`;
}

/** A row of book spines standing on a shelf whose top edge is at `baseY`. */
function books(random: () => number, x0: number, x1: number, baseY: number, maxH: number, palette: readonly string[]): string {
	let out = '';
	let x = x0;
	while (x < x1 - 8) {
		const w = Math.min(8 + random() * 22, x1 - x);
		const h = maxH * (0.62 + random() * 0.38);
		const fill = pick(random, palette);
		if (random() < 0.08 && x1 - x > 60) {
			// a leaning book
			out += `<rect x="${x + 4}" y="${baseY - h}" width="${w}" height="${h}" fill="${fill}" transform="rotate(12 ${x + 4} ${baseY})"/>`;
			x += w + 14;
		} else {
			out += `<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" rx="1.5" fill="${fill}"/>`;
			out += `<rect x="${x + 2}" y="${baseY - h + h * 0.15}" width="${Math.max(w - 4, 1)}" height="3" fill="#ffffff" opacity="0.35"/>`;
			x += w + 1.5;
		}
	}
	return out;
}

/** Head-and-shoulders silhouette for the 600x600 portraits. */
function bust(body: string, skin: string): string {
	return `
<path d="M 84 600 C 92 470 180 412 300 412 C 420 412 508 470 516 600 Z" fill="${body}"/>
<rect x="262" y="318" width="76" height="110" rx="30" fill="${skin}"/>
<ellipse cx="300" cy="262" rx="82" ry="98" fill="${skin}"/>`;
}

/** Small seated or standing figure seen from the front: head plus rounded torso. */
function figure(x: number, y: number, scale: number, body: string, head: string): string {
	const s = scale;
	return `<g transform="translate(${x} ${y}) scale(${s})">
<path d="M -34 60 C -34 10 -22 0 0 0 C 22 0 34 10 34 60 Z" fill="${body}"/>
<circle cx="0" cy="-22" r="20" fill="${head}"/>
</g>`;
}

/** A person seen from above: shoulders and the top of the head, facing `angle` degrees. */
function personFromAbove(x: number, y: number, angle: number, shirt: string, hair: string): string {
	return `<g transform="translate(${x} ${y}) rotate(${angle})">
<ellipse cx="0" cy="0" rx="58" ry="30" fill="${shirt}"/>
<ellipse cx="-46" cy="-14" rx="13" ry="22" fill="${shirt}" transform="rotate(-20 -46 -14)"/>
<ellipse cx="46" cy="-14" rx="13" ry="22" fill="${shirt}" transform="rotate(20 46 -14)"/>
<circle cx="0" cy="-4" r="25" fill="${hair}"/>
</g>`;
}

// ---------------------------------------------------------------------------
// People: 600x600 stylised portraits
// ---------------------------------------------------------------------------

function portraitAdaeze(): Scene {
	const r = makeRng(11);
	const palette = ['#f25f5c', '#ffe066', '#70c1b3', '#f7a072', '#9b5de5', '#00bbf9', '#fee440', '#ff8fab'];
	const body = `
<rect width="600" height="600" fill="#1f8a8a"/>
<rect x="0" y="168" width="600" height="14" fill="#12605f"/>
<rect x="0" y="352" width="600" height="14" fill="#12605f"/>
${books(r, 10, 590, 168, 120, palette)}
${books(r, 10, 590, 352, 120, palette)}
${books(r, 10, 590, 540, 120, palette)}
<rect x="0" y="540" width="600" height="14" fill="#12605f"/>
${bust('#3a2418', '#2b1a12')}
<path d="M 214 250 C 200 170 232 86 300 70 C 372 58 404 150 388 250 C 360 214 240 214 214 250 Z" fill="#f08a24"/>
<path d="M 222 232 C 262 200 340 200 380 232 L 384 252 C 340 226 262 226 218 252 Z" fill="#c75f0f"/>
<circle cx="262" cy="140" r="9" fill="#ffd166"/><circle cx="320" cy="112" r="9" fill="#ffd166"/>
<circle cx="344" cy="170" r="9" fill="#ffd166"/><circle cx="290" cy="186" r="9" fill="#ffd166"/>
<path d="M 150 600 C 180 520 240 470 300 470 C 360 470 420 520 450 600 Z" fill="#f08a24" opacity="0.9"/>`;
	return { file: 'content/people/photos/adaeze-okafor.jpg', width: 600, height: 600, quality: 78, body };
}

function portraitMarieke(): Scene {
	const windows = [70, 255, 440]
		.map(
			(x) => `
<path d="M ${x} 460 L ${x} 120 A 45 45 0 0 1 ${x + 90} 120 L ${x + 90} 460 Z" fill="#dce8f1"/>
<path d="M ${x} 460 L ${x} 120 A 45 45 0 0 1 ${x + 90} 120 L ${x + 90} 460 Z" fill="none" stroke="#f5f1e8" stroke-width="8"/>
<line x1="${x + 45}" y1="76" x2="${x + 45}" y2="460" stroke="#f5f1e8" stroke-width="6"/>
<line x1="${x}" y1="240" x2="${x + 90}" y2="240" stroke="#f5f1e8" stroke-width="6"/>
<line x1="${x}" y1="350" x2="${x + 90}" y2="350" stroke="#f5f1e8" stroke-width="6"/>`,
		)
		.join('');
	const body = `
<rect width="600" height="600" fill="#7d9bb8"/>
${windows}
<rect x="0" y="460" width="600" height="140" fill="#5f7d99"/>
<path d="M 196 330 C 180 190 226 150 300 150 C 374 150 420 190 404 330 C 396 350 372 352 366 330 L 234 330 C 228 352 204 350 196 330 Z" fill="#3b2c26"/>
${bust('#2f3b4f', '#4a3a34')}
<path d="M 212 300 C 206 200 238 160 300 160 C 362 160 394 200 388 300 C 372 236 340 214 300 212 C 262 214 228 236 212 300 Z" fill="#3b2c26"/>
<path d="M 208 420 C 250 446 350 446 392 420 L 398 462 C 350 488 250 488 202 462 Z" fill="#d1383a"/>
<path d="M 330 450 L 372 560 L 336 572 L 310 462 Z" fill="#b02a2e"/>`;
	return { file: 'content/people/photos/marieke-de-vries.jpg', width: 600, height: 600, quality: 78, body };
}

function portraitThandi(): Scene {
	const body = `
<rect width="600" height="600" fill="#e9785f"/>
<circle cx="470" cy="110" r="48" fill="#ffd2a8"/>
<path d="M 0 400 L 60 300 L 120 236 L 150 214 L 470 210 L 500 232 L 560 300 L 600 330 L 600 600 L 0 600 Z" fill="#b8524a"/>
<path d="M 150 214 L 470 210 L 480 222 L 140 226 Z" fill="#f3e6df" opacity="0.85"/>
<path d="M 0 470 C 120 440 200 452 300 446 C 420 440 500 450 600 430 L 600 600 L 0 600 Z" fill="#9c3f3d"/>
<circle cx="300" cy="236" r="108" fill="#21140f"/>
${bust('#2e4057', '#3b241b')}
<circle cx="300" cy="232" r="92" fill="#21140f"/>
<ellipse cx="300" cy="282" rx="80" ry="74" fill="#3b241b"/>
<circle cx="216" cy="318" r="15" fill="none" stroke="#f2c14e" stroke-width="6"/>
<circle cx="384" cy="318" r="15" fill="none" stroke="#f2c14e" stroke-width="6"/>`;
	return { file: 'content/people/photos/thandi-nkosi.jpg', width: 600, height: 600, quality: 78, body };
}

function portraitOksana(): Scene {
	let braid = '';
	for (let i = 0; i < 7; i++) {
		const y = 330 + i * 34;
		const x = 372 + i * 7;
		braid += `<ellipse cx="${x}" cy="${y}" rx="${22 - i}" ry="24" fill="#5a3a1e" transform="rotate(${i % 2 ? 25 : -25} ${x} ${y})"/>`;
	}
	const body = `
<rect width="600" height="600" fill="#f2c230"/>
<rect width="600" height="190" fill="#2f6db5"/>
<path d="M 0 190 C 120 176 200 204 300 190 C 400 176 480 204 600 190 L 600 200 L 0 200 Z" fill="#2f6db5"/>
${bust('#1e2a44', '#6b4a35')}
<path d="M 214 290 C 204 190 240 158 300 158 C 362 158 398 190 388 300 C 372 234 344 210 300 208 C 256 210 226 232 214 290 Z" fill="#5a3a1e"/>
${braid}
<path d="M 440 560 C 446 574 446 586 436 594" stroke="#5a3a1e" stroke-width="10" fill="none" stroke-linecap="round"/>
<circle cx="446" cy="558" r="8" fill="#2f6db5"/>`;
	return { file: 'content/people/photos/oksana-melnyk.jpg', width: 600, height: 600, quality: 78, body };
}

function portraitKenji(): Scene {
	let boxes = '';
	const r = makeRng(7);
	for (let row = 0; row < 5; row++) {
		for (let col = 0; col < 5; col++) {
			const x = 8 + col * 118;
			const y = 10 + row * 118;
			const shade = pick(r, ['#8c93a3', '#9aa1b0', '#7f8798', '#a3a9b6']);
			boxes += `<rect x="${x}" y="${y}" width="110" height="108" rx="4" fill="${shade}"/>`;
			boxes += `<rect x="${x + 30}" y="${y + 22}" width="50" height="22" rx="2" fill="#e8e3d3"/>`;
			boxes += `<circle cx="${x + 55}" cy="${y + 80}" r="7" fill="#5d6475"/>`;
		}
	}
	const body = `
<rect width="600" height="600" fill="#2c3566"/>
<g opacity="0.8">${boxes}</g>
<rect width="600" height="600" fill="#2c3566" opacity="0.35"/>
${bust('#121528', '#1d2036')}
<path d="M 216 250 C 210 180 246 156 300 156 C 356 156 392 180 386 252 C 370 210 340 196 300 196 C 262 196 230 210 216 250 Z" fill="#0a0c18"/>
<circle cx="266" cy="272" r="27" fill="none" stroke="#e8e3d3" stroke-width="6"/>
<circle cx="334" cy="272" r="27" fill="none" stroke="#e8e3d3" stroke-width="6"/>
<path d="M 293 270 Q 300 262 307 270" fill="none" stroke="#e8e3d3" stroke-width="5"/>
<line x1="239" y1="268" x2="220" y2="262" stroke="#e8e3d3" stroke-width="5"/>
<line x1="361" y1="268" x2="380" y2="262" stroke="#e8e3d3" stroke-width="5"/>`;
	return { file: 'content/people/photos/kenji-sato.jpg', width: 600, height: 600, quality: 78, body };
}

function portraitDiego(): Scene {
	const body = `
<rect width="600" height="600" fill="#c8643b"/>
<circle cx="120" cy="120" r="52" fill="#f2b279"/>
<path d="M 0 330 C 90 250 170 260 250 300 C 330 240 430 220 600 300 L 600 600 L 0 600 Z" fill="#7fa35c"/>
<path d="M 0 400 C 120 340 220 370 320 380 C 420 330 500 330 600 370 L 600 600 L 0 600 Z" fill="#4f7a3d"/>
<path d="M 0 480 C 140 440 260 470 360 460 C 460 450 520 440 600 460 L 600 600 L 0 600 Z" fill="#2f5530"/>
${bust('#3b2a20', '#4b3226')}
<ellipse cx="300" cy="190" rx="176" ry="30" fill="#e3c48a"/>
<path d="M 222 192 C 222 120 246 92 300 92 C 354 92 378 120 378 192 Z" fill="#e3c48a"/>
<path d="M 224 170 C 260 180 340 180 376 170 L 377 186 C 340 196 260 196 223 186 Z" fill="#7a3b1e"/>`;
	return { file: 'content/people/photos/diego-hernandez.jpg', width: 600, height: 600, quality: 78, body };
}

// ---------------------------------------------------------------------------
// Cape Town convening gallery: 1600x1067
// ---------------------------------------------------------------------------

const GALLERY = { width: 1600, height: 1067, quality: 78 } as const;

function galleryOpening(): Scene {
	const r = makeRng(2024);
	let audience = '';
	const rows = [
		{ y: 640, n: 15, s: 0.9 },
		{ y: 720, n: 13, s: 1.1 },
		{ y: 815, n: 11, s: 1.35 },
		{ y: 930, n: 9, s: 1.7 },
		{ y: 1060, n: 7, s: 2.2 },
	];
	for (const row of rows) {
		const step = 1600 / row.n;
		for (let i = 0; i < row.n; i++) {
			const x = step * (i + 0.5) + (r() - 0.5) * step * 0.25;
			const shade = pick(r, ['#120d1a', '#1a1326', '#211a2e', '#100f1d']);
			audience += figure(x, row.y - 40 * row.s, row.s, shade, shade);
		}
	}
	const body = `
<rect width="1600" height="1067" fill="#3b2f4a"/>
<rect y="560" width="1600" height="507" fill="#5a4a70"/>
<rect x="420" y="110" width="760" height="430" rx="6" fill="#f4efe6"/>
<circle cx="640" cy="320" r="130" fill="#f28c38"/>
<rect x="720" y="220" width="300" height="200" fill="#1f9e8f" opacity="0.9"/>
<path d="M 900 470 L 1080 470 L 990 300 Z" fill="#f6c453"/>
<rect x="480" y="470" width="180" height="18" rx="9" fill="#d9cfc0"/>
<path d="M 420 540 L 1180 540 L 1240 600 L 360 600 Z" fill="#000" opacity="0.15"/>
<g>
  <circle cx="1318" cy="420" r="30" fill="#120e18"/>
  <path d="M 1270 540 C 1270 470 1290 456 1318 456 C 1346 456 1366 470 1366 540 Z" fill="#120e18"/>
  <path d="M 1250 500 L 1390 500 L 1370 640 L 1270 640 Z" fill="#7a5a40"/>
  <rect x="1246" y="490" width="148" height="16" rx="4" fill="#9b7652"/>
</g>
<rect x="0" y="0" width="1600" height="60" fill="#2a2135"/>
${[200, 520, 840, 1160, 1480].map((x) => `<ellipse cx="${x}" cy="60" rx="70" ry="16" fill="#fff3d6" opacity="0.55"/>`).join('')}
${audience}`;
	return { file: 'content/convenings/cape-town-2024/opening.jpg', ...GALLERY, body };
}

function galleryBranchVisit(): Scene {
	const r = makeRng(612);
	const palette = ['#e63946', '#f4a261', '#2a9d8f', '#e9c46a', '#457b9d', '#8ecae6', '#c77dff', '#ef476f', '#06d6a0'];
	let shelves = '';
	const shelfSpans: readonly (readonly [number, number])[] = [
		[20, 300],
		[1300, 1580],
	];
	for (const [x0, x1] of shelfSpans) {
		shelves += `<rect x="${x0 - 14}" y="90" width="${x1 - x0 + 28}" height="820" fill="#8a5a3b"/>`;
		shelves += `<rect x="${x0}" y="104" width="${x1 - x0}" height="792" fill="#6e4429"/>`;
		for (let i = 0; i < 6; i++) {
			const base = 230 + i * 130;
			shelves += books(r, x0 + 6, x1 - 6, base, 110, palette);
			shelves += `<rect x="${x0}" y="${base}" width="${x1 - x0}" height="12" fill="#8a5a3b"/>`;
		}
	}
	let windows = '';
	let beams = '';
	for (let i = 0; i < 5; i++) {
		const x = 390 + i * 170;
		windows += `<rect x="${x}" y="90" width="140" height="250" rx="6" fill="#cfe8f5"/>
<rect x="${x}" y="90" width="140" height="250" rx="6" fill="none" stroke="#ffffff" stroke-width="10"/>
<line x1="${x + 70}" y1="90" x2="${x + 70}" y2="340" stroke="#ffffff" stroke-width="7"/>
<line x1="${x}" y1="215" x2="${x + 140}" y2="215" stroke="#ffffff" stroke-width="7"/>`;
		beams += `<path d="M ${x} 340 L ${x + 140} 340 L ${x + 260} 1067 L ${x + 60} 1067 Z" fill="#fff8dc" opacity="0.28"/>`;
	}
	const seated = [
		{ x: 560, c: '#264653' },
		{ x: 700, c: '#e76f51' },
		{ x: 850, c: '#6a4c93' },
		{ x: 1000, c: '#2a9d8f' },
	]
		.map((p) => figure(p.x, 660, 1.3, p.c, '#3d2b1f'))
		.join('');
	const front = [
		{ x: 620, c: '#1d3557' },
		{ x: 930, c: '#bc4749' },
	]
		.map((p) => figure(p.x, 900, 2.3, p.c, '#2b1d14'))
		.join('');
	const body = `
<rect width="1600" height="1067" fill="#f6ead2"/>
<rect y="860" width="1600" height="207" fill="#d9b88f"/>
${windows}
${shelves}
${beams}
${seated}
<rect x="430" y="730" width="740" height="40" rx="8" fill="#a0673f"/>
<rect x="460" y="770" width="24" height="150" fill="#7d4e2f"/>
<rect x="1116" y="770" width="24" height="150" fill="#7d4e2f"/>
<rect x="540" y="712" width="60" height="18" fill="#e63946"/><rect x="760" y="714" width="52" height="16" fill="#457b9d"/>
<rect x="980" y="712" width="64" height="18" fill="#e9c46a"/>
${front}`;
	return { file: 'content/convenings/cape-town-2024/branch-visit.jpg', ...GALLERY, body };
}

function galleryGroupWork(): Scene {
	const r = makeRng(1314);
	const shirts = ['#2a9d8f', '#e9c46a', '#264653', '#e76f51', '#6d597a', '#8ab17d', '#b56576', '#3d5a80'];
	const hair = ['#1b1410', '#2e1f16', '#4a3524', '#111111', '#6b4f2f'];
	const notes = ['#f7d84a', '#f29bb5', '#9ad48a'];
	const tables = [
		{ x: 430, y: 290, n: 4 },
		{ x: 1170, y: 300, n: 3 },
		{ x: 440, y: 790, n: 3 },
		{ x: 1160, y: 780, n: 4 },
	];
	let out = '';
	for (const t of tables) {
		out += `<ellipse cx="${t.x + 12}" cy="${t.y + 16}" rx="196" ry="196" fill="#000" opacity="0.12"/>`;
		out += `<circle cx="${t.x}" cy="${t.y}" r="190" fill="#c99a6b"/>`;
		out += `<circle cx="${t.x}" cy="${t.y}" r="176" fill="none" stroke="#b5845a" stroke-width="3"/>`;
		for (let i = 0; i < 3; i++) {
			const a = r() * 360;
			const dx = (r() - 0.5) * 140;
			const dy = (r() - 0.5) * 140;
			out += `<rect x="${t.x + dx - 55}" y="${t.y + dy - 40}" width="110" height="80" fill="#fbfaf6" transform="rotate(${a} ${t.x + dx} ${t.y + dy})"/>`;
		}
		for (let i = 0; i < 7; i++) {
			const dx = (r() - 0.5) * 220;
			const dy = (r() - 0.5) * 220;
			out += `<rect x="${t.x + dx - 17}" y="${t.y + dy - 17}" width="34" height="34" fill="${pick(r, notes)}" transform="rotate(${(r() - 0.5) * 30} ${t.x + dx} ${t.y + dy})"/>`;
		}
		const offset = r() * 90;
		for (let i = 0; i < t.n; i++) {
			const ang = offset + (360 / t.n) * i;
			const rad = (ang * Math.PI) / 180;
			const px = t.x + Math.cos(rad) * 228;
			const py = t.y + Math.sin(rad) * 228;
			out += personFromAbove(px, py, ang - 90, pick(r, shirts), pick(r, hair));
		}
	}
	let boards = '';
	for (let y = 0; y < 1067; y += 96) {
		boards += `<rect y="${y}" width="1600" height="3" fill="#d6cdbd"/>`;
	}
	const body = `
<rect width="1600" height="1067" fill="#e7e1d6"/>
${boards}
${out}`;
	return { file: 'content/convenings/cape-town-2024/group-work.jpg', ...GALLERY, body };
}

function galleryHarbourWalk(): Scene {
	const r = makeRng(1406);
	let buildings = '';
	let x = -10;
	while (x < 1600) {
		const w = 60 + r() * 110;
		const h = 90 + r() * 230;
		const top = 830 - h;
		buildings += `<rect x="${x}" y="${top}" width="${w}" height="${h + 10}" fill="${pick(r, ['#1a1530', '#221b3b', '#17122a'])}"/>`;
		for (let wy = top + 18; wy < 810; wy += 26) {
			for (let wx = x + 12; wx < x + w - 16; wx += 22) {
				if (r() < 0.42) buildings += `<rect x="${wx}" y="${wy}" width="10" height="13" fill="#ffd27a" opacity="${0.65 + r() * 0.35}"/>`;
			}
		}
		x += w + 4;
	}
	let reflections = '';
	for (let i = 0; i < 40; i++) {
		const rx = r() * 1600;
		const ry = 860 + r() * 200;
		reflections += `<rect x="${rx}" y="${ry}" width="${30 + r() * 90}" height="4" rx="2" fill="#f2a65a" opacity="${0.25 + r() * 0.4}"/>`;
	}
	const defs = `<linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#2e2163"/><stop offset="0.45" stop-color="#8e3f7e"/>
<stop offset="0.8" stop-color="#f08a4b"/><stop offset="1" stop-color="#ffc27a"/></linearGradient>`;
	const body = `
<rect width="1600" height="1067" fill="url(#dusk)"/>
<circle cx="1320" cy="200" r="4" fill="#fff" opacity="0.8"/><circle cx="260" cy="120" r="3" fill="#fff" opacity="0.7"/>
<circle cx="880" cy="90" r="3" fill="#fff" opacity="0.6"/>
<path d="M 0 640 L 90 560 L 170 470 L 230 420 L 300 330 L 1150 318 L 1200 360 L 1260 470 L 1330 520 L 1400 470 L 1450 380 L 1490 360 L 1530 400 L 1600 520 L 1600 860 L 0 860 Z" fill="#3a2b55"/>
<path d="M 300 330 L 1150 318 L 1160 330 L 296 342 Z" fill="#c9a6c9" opacity="0.6"/>
${buildings}
<rect y="830" width="1600" height="237" fill="#241d45"/>
${reflections}
<rect y="828" width="1600" height="6" fill="#0f0c1f"/>`;
	return { file: 'content/convenings/cape-town-2024/harbour-walk.jpg', ...GALLERY, body, defs };
}

// ---------------------------------------------------------------------------
// Blog covers: 1600x900
// ---------------------------------------------------------------------------

const COVER = { width: 1600, height: 900, quality: 78 } as const;

function coverFirstCall(): Scene {
	const defs = `
<linearGradient id="afternoon" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f39237"/><stop offset="1" stop-color="#fcd58b"/></linearGradient>
<linearGradient id="morning" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d7ecf5"/><stop offset="1" stop-color="#f7efe0"/></linearGradient>
<clipPath id="left"><rect x="150" y="110" width="640" height="620" rx="18"/></clipPath>
<clipPath id="right"><rect x="810" y="110" width="640" height="620" rx="18"/></clipPath>`;
	const r = makeRng(220);
	let roofs = '';
	let x = 150;
	while (x < 790) {
		const w = 70 + r() * 90;
		const h = 90 + r() * 90;
		const c = pick(r, ['#b5653a', '#8f4a2c', '#c97b4a', '#a4552f']);
		roofs += `<rect x="${x}" y="${600 - h}" width="${w}" height="${h + 140}" fill="${c}"/>`;
		roofs += `<rect x="${x - 4}" y="${600 - h - 10}" width="${w + 8}" height="12" fill="#6e3520"/>`;
		x += w + 6;
	}
	const body = `
<rect width="1600" height="900" fill="#2d3142"/>
<rect x="120" y="80" width="1360" height="740" rx="30" fill="#1b1d29"/>
<g clip-path="url(#left)">
  <rect x="150" y="110" width="640" height="620" fill="url(#afternoon)"/>
  <circle cx="330" cy="240" r="70" fill="#fff1c1"/>
  ${roofs}
  <path d="M 330 730 C 336 640 390 600 470 600 C 550 600 604 640 610 730 Z" fill="#2a1a14"/>
  <ellipse cx="470" cy="530" rx="62" ry="74" fill="#2a1a14"/>
</g>
<g clip-path="url(#right)">
  <rect x="810" y="110" width="640" height="620" fill="url(#morning)"/>
  <ellipse cx="1300" cy="250" rx="120" ry="24" fill="#ffffff" opacity="0.8"/>
  <ellipse cx="980" cy="200" rx="90" ry="18" fill="#ffffff" opacity="0.7"/>
  <rect x="810" y="470" width="640" height="260" fill="#6fa9c4"/>
  <rect x="810" y="466" width="640" height="6" fill="#a8cfe0"/>
  <path d="M 810 520 C 900 500 960 540 1040 520 L 1040 730 L 810 730 Z" fill="#c8b08a"/>
  <path d="M 990 730 C 996 640 1050 600 1130 600 C 1210 600 1264 640 1270 730 Z" fill="#233040"/>
  <ellipse cx="1130" cy="526" rx="62" ry="74" fill="#233040"/>
  <path d="M 1068 500 C 1070 440 1100 430 1130 430 C 1168 430 1196 450 1192 506 C 1180 478 1160 470 1130 470 C 1100 470 1080 478 1068 500 Z" fill="#111a24"/>
</g>
<circle cx="720" cy="775" r="24" fill="#3d4157"/>
<circle cx="800" cy="775" r="24" fill="#d64545"/>
<circle cx="880" cy="775" r="24" fill="#3d4157"/>
<rect x="788" y="770" width="24" height="10" rx="5" fill="#fff"/>`;
	return { file: 'content/blog/2024/images/first-call.jpg', ...COVER, body, defs };
}

function coverCapeTownNotes(): Scene {
	const r = makeRng(619);
	let grain = '';
	for (let i = 0; i < 26; i++) {
		const y = 600 + r() * 300;
		grain += `<path d="M 0 ${y} C 400 ${y - 8 + r() * 16} 1000 ${y - 8 + r() * 16} 1600 ${y}" stroke="#96633a" stroke-width="${1 + r() * 2}" fill="none" opacity="0.5"/>`;
	}
	let lines = '';
	for (let i = 0; i < 9; i++) {
		const y = 640 + i * 22;
		lines += `<line x1="${380 - i * 3}" y1="${y}" x2="${700}" y2="${y - 2}" stroke="#9fb8d6" stroke-width="2"/>`;
		lines += `<line x1="${740}" y1="${y - 2}" x2="${1060 + i * 3}" y2="${y}" stroke="#9fb8d6" stroke-width="2"/>`;
	}
	const body = `
<rect width="1600" height="900" fill="#efe4d0"/>
<rect x="690" y="50" width="820" height="500" fill="#ffffff"/>
<rect x="710" y="70" width="780" height="460" fill="#7fb8e0"/>
<ellipse cx="900" cy="150" rx="90" ry="20" fill="#ffffff" opacity="0.8"/>
<path d="M 710 440 L 790 360 L 850 300 L 880 262 L 1300 256 L 1330 290 L 1390 350 L 1490 400 L 1490 530 L 710 530 Z" fill="#5a6b8c"/>
<path d="M 880 262 L 1300 256 C 1260 236 1200 240 1160 244 C 1100 232 1020 236 960 246 C 920 244 890 250 880 262 Z" fill="#ffffff" opacity="0.9"/>
<path d="M 710 490 C 900 470 1100 480 1490 460 L 1490 530 L 710 530 Z" fill="#3f4d6a"/>
<line x1="1100" y1="70" x2="1100" y2="530" stroke="#ffffff" stroke-width="14"/>
<rect x="670" y="540" width="860" height="24" fill="#f7f2ea"/>
<rect y="580" width="1600" height="320" fill="#b07a4a"/>
${grain}
<path d="M 360 860 L 380 610 L 720 600 L 720 850 Z" fill="#000" opacity="0.12"/>
<path d="M 350 840 L 372 610 L 720 596 L 720 836 Z" fill="#fbf8f0"/>
<path d="M 720 596 L 1068 610 L 1090 840 L 720 836 Z" fill="#f6f1e6"/>
<path d="M 712 596 L 728 596 L 728 838 L 712 838 Z" fill="#d8cfbf"/>
${lines}
<g transform="rotate(-18 1240 760)">
  <rect x="1120" y="748" width="260" height="22" fill="#f2c230"/>
  <rect x="1120" y="748" width="260" height="6" fill="#f7d86a"/>
  <rect x="1380" y="748" width="26" height="22" fill="#e79aa6"/>
  <path d="M 1120 748 L 1080 759 L 1120 770 Z" fill="#e8cfa5"/>
  <path d="M 1092 756 L 1080 759 L 1092 762 Z" fill="#333333"/>
</g>`;
	return { file: 'content/blog/2024/images/cape-town-notes.jpg', ...COVER, body };
}

function coverCloth(): Scene {
	const ring = (cx: number, cy: number) =>
		`<circle cx="${cx}" cy="${cy}" r="40" fill="#22356b"/>` +
		[36, 27, 18, 9].map((rr) => `<circle cx="${cx}" cy="${cy}" r="${rr}" fill="none" stroke="#f4f1ea" stroke-width="3.2"/>`).join('');
	const defs = `
<pattern id="waves" patternUnits="userSpaceOnUse" width="80" height="40">
  <rect width="80" height="40" fill="#22356b"/>
  ${ring(0, 0)}${ring(80, 0)}${ring(40, 20)}${ring(0, 40)}${ring(80, 40)}
</pattern>
<linearGradient id="shade" x1="0" y1="0" x2="1" y2="0">
  <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/>
</linearGradient>`;
	const r = makeRng(227);
	let grain = '';
	for (let i = 0; i < 22; i++) {
		const y = 330 + r() * 570;
		grain += `<path d="M 0 ${y} C 500 ${y - 10 + r() * 20} 1100 ${y - 10 + r() * 20} 1600 ${y}" stroke="#cdb48e" stroke-width="${1 + r() * 2.5}" fill="none" opacity="0.6"/>`;
	}
	const body = `
<rect width="1600" height="900" fill="#f3ede2"/>
<rect y="300" width="1600" height="600" fill="#e6d3b3"/>
${grain}
<ellipse cx="820" cy="760" rx="420" ry="50" fill="#000" opacity="0.16"/>
<path d="M 470 420 C 470 400 490 390 520 388 L 1080 388 C 1110 390 1130 400 1130 420 L 1140 720 C 1140 744 1120 756 1090 756 L 510 756 C 480 756 460 744 460 720 Z" fill="url(#waves)"/>
<path d="M 900 388 L 1080 388 C 1110 390 1130 400 1130 420 L 1140 720 C 1140 744 1120 756 1090 756 L 950 756 Z" fill="url(#shade)"/>
<path d="M 560 392 C 640 430 720 440 800 440 C 880 440 960 430 1040 392" fill="none" stroke="#15234a" stroke-width="6" opacity="0.6"/>
<path d="M 796 424 C 740 396 640 340 622 286 C 610 246 664 228 700 250 C 752 282 790 350 812 410 Z" fill="url(#waves)"/>
<path d="M 804 424 C 860 396 960 340 978 286 C 990 246 936 228 900 250 C 848 282 810 350 788 410 Z" fill="url(#waves)"/>
<path d="M 804 424 C 860 396 960 340 978 286 C 990 246 936 228 900 250 C 848 282 810 350 788 410 Z" fill="url(#shade)"/>
<path d="M 796 424 C 740 396 640 340 622 286 C 610 246 664 228 700 250 C 752 282 790 350 812 410 Z" fill="none" stroke="#15234a" stroke-width="4" opacity="0.7"/>
<ellipse cx="800" cy="414" rx="56" ry="40" fill="url(#waves)"/>
<ellipse cx="800" cy="414" rx="56" ry="40" fill="#0f1a3a" opacity="0.3"/>
<ellipse cx="800" cy="414" rx="56" ry="40" fill="none" stroke="#0f1a3a" stroke-width="5"/>`;
	return { file: 'content/blog/2025/images/tenugui.jpg', ...COVER, body, defs };
}

const scenes: Scene[] = [
	portraitAdaeze(),
	portraitMarieke(),
	portraitThandi(),
	portraitOksana(),
	portraitKenji(),
	portraitDiego(),
	galleryOpening(),
	galleryBranchVisit(),
	galleryGroupWork(),
	galleryHarbourWalk(),
	coverFirstCall(),
	coverCapeTownNotes(),
	coverCloth(),
];

for (const scene of scenes) {
	const target = join(root, scene.file);
	await mkdir(dirname(target), { recursive: true });
	const jpeg = await sharp(Buffer.from(svg(scene)))
		.resize(scene.width, scene.height)
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: scene.quality, mozjpeg: true })
		.toBuffer();
	await writeFile(target, jpeg);
	console.log(`${relative(root, target)}  ${scene.width}x${scene.height}  ${(jpeg.length / 1024).toFixed(1)} KB`);
}
