// Flat, vector-style illustrations for the sample posters.
//
// Each illustration is drawn as an SVG string (no text, no external
// resources) and rasterised with sharp into a JPEG, so that the resulting
// poster PDF contains a real embedded raster image.

import sharp from 'sharp';
import type { IllustrationKind } from './poster-types.ts';

// ---------------------------------------------------------------------------
// Small deterministic random generator and colour helpers
// ---------------------------------------------------------------------------

import { makeRng } from '../../../../scripts/lib/random.ts';

export { makeRng };

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
	let h = hex.trim().replace(/^#/, '');
	if (h.length === 3)
		h = h
			.split('')
			.map((c) => c + c)
			.join('');
	if (!/^[0-9a-fA-F]{6}$/.test(h)) return [40, 90, 140];
	return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function rgbToHex([r, g, b]: Rgb): string {
	const c = (n: number) =>
		Math.max(0, Math.min(255, Math.round(n)))
			.toString(16)
			.padStart(2, '0');
	return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mix two hex colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
	const x = hexToRgb(a);
	const y = hexToRgb(b);
	return rgbToHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

function pick<T>(rng: () => number, items: readonly T[]): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new Error('pick() from an empty list');
	return item;
}

interface Palette {
	accent: string;
	dark: string;
	light: string;
	pale: string;
	ink: string;
	warm: string;
	sun: string;
	books: string[];
	skins: string[];
	clothes: string[];
}

function palette(accent: string): Palette {
	return {
		accent,
		dark: mix(accent, '#101820', 0.45),
		light: mix(accent, '#ffffff', 0.55),
		pale: mix(accent, '#ffffff', 0.86),
		ink: '#23313f',
		warm: '#e9a23b',
		sun: '#ffd36e',
		books: [accent, mix(accent, '#ffffff', 0.35), '#e07a5f', '#3d5a80', '#81b29a', '#f2cc8f', '#9c6644', '#6d597a', '#e9c46a'],
		skins: ['#8d5524', '#c68642', '#e0ac69', '#f1c27d', '#6b3e26', '#a56a43', '#d9a066'],
		clothes: ['#e07a5f', '#3d5a80', '#81b29a', '#f2cc8f', '#6d597a', mix(accent, '#000000', 0.2), '#2a9d8f', '#e76f51'],
	};
}

// ---------------------------------------------------------------------------
// Drawing helpers. The scenes use a 1200 x 800 coordinate system.
// ---------------------------------------------------------------------------

const W = 1200;
const H = 800;

function f(n: number): string {
	return (Math.round(n * 10) / 10).toString();
}

interface PersonOpts {
	skin: string;
	body: string;
	hair?: string;
	/** Draw an open book in front of the person. */
	book?: string;
	/** Sitting figures are shorter. */
	sitting?: boolean;
	/** Hair drawn as a bun (grandmother) instead of a cap of hair. */
	bun?: boolean;
	/** Raise one arm (talking / pointing). */
	wave?: boolean;
}

/** A simple rounded figure. (x, y) is the bottom centre; s is the scale (1 = adult ~ 260 px tall standing). */
function person(x: number, y: number, s: number, o: PersonOpts): string {
	const h = (o.sitting ? 170 : 260) * s;
	const headR = 30 * s;
	const bodyW = 92 * s;
	const bodyTop = y - h + headR * 2 + 6 * s;
	const headCy = y - h + headR;
	const hair = o.hair ?? '#2b2118';
	let out = '';
	// body
	out += `<path d="M${f(x - bodyW / 2)},${f(y)} L${f(x - bodyW / 2)},${f(bodyTop + 34 * s)} Q${f(x - bodyW / 2)},${f(bodyTop)} ${f(x - bodyW / 2 + 34 * s)},${f(bodyTop)} L${f(x + bodyW / 2 - 34 * s)},${f(bodyTop)} Q${f(x + bodyW / 2)},${f(bodyTop)} ${f(x + bodyW / 2)},${f(bodyTop + 34 * s)} L${f(x + bodyW / 2)},${f(y)} Z" fill="${o.body}"/>`;
	// neck + head
	out += `<rect x="${f(x - 9 * s)}" y="${f(headCy + headR - 6 * s)}" width="${f(18 * s)}" height="${f(16 * s)}" fill="${o.skin}"/>`;
	out += `<circle cx="${f(x)}" cy="${f(headCy)}" r="${f(headR)}" fill="${o.skin}"/>`;
	if (o.bun) {
		out += `<circle cx="${f(x)}" cy="${f(headCy - headR - 4 * s)}" r="${f(14 * s)}" fill="${hair}"/>`;
		out += `<path d="M${f(x - headR)},${f(headCy - 2 * s)} A${f(headR)},${f(headR)} 0 0 1 ${f(x + headR)},${f(headCy - 2 * s)} Q${f(x)},${f(headCy - headR * 0.45)} ${f(x - headR)},${f(headCy - 2 * s)} Z" fill="${hair}"/>`;
	} else {
		out += `<path d="M${f(x - headR - 2 * s)},${f(headCy + 4 * s)} A${f(headR + 2 * s)},${f(headR + 2 * s)} 0 0 1 ${f(x + headR + 2 * s)},${f(headCy + 4 * s)} Q${f(x + 6 * s)},${f(headCy - headR * 0.5)} ${f(x - headR - 2 * s)},${f(headCy + 4 * s)} Z" fill="${hair}"/>`;
	}
	if (o.wave) {
		out += `<path d="M${f(x + bodyW / 2 - 10 * s)},${f(bodyTop + 20 * s)} L${f(x + bodyW / 2 + 40 * s)},${f(bodyTop - 50 * s)}" stroke="${o.body}" stroke-width="${f(22 * s)}" stroke-linecap="round" fill="none"/>`;
		out += `<circle cx="${f(x + bodyW / 2 + 42 * s)}" cy="${f(bodyTop - 56 * s)}" r="${f(12 * s)}" fill="${o.skin}"/>`;
	}
	if (o.book) {
		const by = bodyTop + 60 * s;
		out += `<path d="M${f(x)},${f(by + 8 * s)} L${f(x - 52 * s)},${f(by)} L${f(x - 52 * s)},${f(by + 44 * s)} L${f(x)},${f(by + 52 * s)} Z" fill="${o.book}"/>`;
		out += `<path d="M${f(x)},${f(by + 8 * s)} L${f(x + 52 * s)},${f(by)} L${f(x + 52 * s)},${f(by + 44 * s)} L${f(x)},${f(by + 52 * s)} Z" fill="${mix(o.book, '#ffffff', 0.25)}"/>`;
		out += `<path d="M${f(x - 44 * s)},${f(by + 10 * s)} L${f(x - 8 * s)},${f(by + 16 * s)} M${f(x - 44 * s)},${f(by + 22 * s)} L${f(x - 8 * s)},${f(by + 28 * s)} M${f(x + 8 * s)},${f(by + 16 * s)} L${f(x + 44 * s)},${f(by + 10 * s)}" stroke="#ffffff" stroke-opacity="0.7" stroke-width="${f(3 * s)}"/>`;
		out += `<circle cx="${f(x - 40 * s)}" cy="${f(by + 30 * s)}" r="${f(11 * s)}" fill="${o.skin}"/><circle cx="${f(x + 40 * s)}" cy="${f(by + 30 * s)}" r="${f(11 * s)}" fill="${o.skin}"/>`;
	}
	return out;
}

/** A bookshelf with several rows of books. */
function bookshelf(x: number, y: number, w: number, h: number, rows: number, p: Palette, rng: () => number): string {
	const wood = '#8a5a3b';
	let out = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${wood}" rx="6"/>`;
	out += `<rect x="${f(x + 10)}" y="${f(y + 10)}" width="${f(w - 20)}" height="${f(h - 20)}" fill="#5b3a26"/>`;
	const rowH = (h - 20) / rows;
	for (let r = 0; r < rows; r++) {
		const base = y + 10 + rowH * (r + 1);
		let bx = x + 14;
		while (bx < x + w - 30) {
			const bw = 12 + rng() * 16;
			const bh = rowH * (0.55 + rng() * 0.35);
			if (bx + bw > x + w - 14) break;
			const lean = rng() < 0.08;
			const color = pick(rng, p.books);
			if (lean) {
				out += `<rect x="${f(bx)}" y="${f(base - bh - 8)}" width="${f(bw)}" height="${f(bh)}" fill="${color}" transform="rotate(12 ${f(bx)} ${f(base - 8)})"/>`;
				bx += bw + 14;
			} else {
				out += `<rect x="${f(bx)}" y="${f(base - bh - 8)}" width="${f(bw)}" height="${f(bh)}" fill="${color}"/>`;
				out += `<rect x="${f(bx + 2)}" y="${f(base - bh + 6)}" width="${f(bw - 4)}" height="3" fill="#ffffff" fill-opacity="0.45"/>`;
				bx += bw + 2;
			}
			if (rng() < 0.06) bx += 24;
		}
		out += `<rect x="${f(x + 10)}" y="${f(base - 8)}" width="${f(w - 20)}" height="8" fill="${wood}"/>`;
	}
	return out;
}

/** A speech bubble with a few "lines of text" (bars, never glyphs). */
function bubble(x: number, y: number, w: number, h: number, color: string, tailLeft: boolean, lines: number, rng: () => number): string {
	const tx = tailLeft ? x + w * 0.22 : x + w * 0.78;
	let out = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(h * 0.28)}" fill="${color}"/>`;
	out += `<path d="M${f(tx - 18)},${f(y + h - 2)} L${f(tx + (tailLeft ? -26 : 26))},${f(y + h + 34)} L${f(tx + 18)},${f(y + h - 2)} Z" fill="${color}"/>`;
	const pad = h * 0.22;
	const lh = (h - pad * 2) / Math.max(1, lines);
	for (let i = 0; i < lines; i++) {
		const lw = (w - pad * 2) * (i === lines - 1 ? 0.45 + rng() * 0.3 : 0.85 + rng() * 0.15);
		out += `<rect x="${f(x + pad)}" y="${f(y + pad + lh * i + lh * 0.3)}" width="${f(lw)}" height="${f(lh * 0.38)}" rx="${f(lh * 0.19)}" fill="#ffffff" fill-opacity="0.75"/>`;
	}
	return out;
}

function star(cx: number, cy: number, r: number, color: string): string {
	const pts: string[] = [];
	for (let i = 0; i < 10; i++) {
		const a = (Math.PI / 5) * i - Math.PI / 2;
		const rr = i % 2 === 0 ? r : r * 0.45;
		pts.push(`${f(cx + Math.cos(a) * rr)},${f(cy + Math.sin(a) * rr)}`);
	}
	return `<polygon points="${pts.join(' ')}" fill="${color}"/>`;
}

function plant(x: number, y: number, s: number): string {
	let out = `<path d="M${f(x - 30 * s)},${f(y - 60 * s)} L${f(x + 30 * s)},${f(y - 60 * s)} L${f(x + 22 * s)},${f(y)} L${f(x - 22 * s)},${f(y)} Z" fill="#c8553d"/>`;
	const leaves: [number, number, number][] = [
		[-40, -150, -30],
		[0, -175, 0],
		[38, -145, 28],
		[-22, -120, -50],
		[24, -118, 50],
	];
	for (const [dx, dy, rot] of leaves) {
		out += `<ellipse cx="${f(x + dx * s)}" cy="${f(y + dy * s)}" rx="${f(16 * s)}" ry="${f(52 * s)}" fill="#4f772d" transform="rotate(${rot} ${f(x + dx * s)} ${f(y + dy * s)})"/>`;
	}
	return out;
}

function waves(y: number, color: string, amp: number, count: number, opacity: number): string {
	let d = `M0,${f(y)}`;
	const step = W / count;
	for (let i = 0; i < count; i++) {
		d += ` q${f(step / 4)},${f(-amp)} ${f(step / 2)},0 t${f(step / 2)},0`;
	}
	d += ` L${W},${H} L0,${H} Z`;
	return `<path d="${d}" fill="${color}" fill-opacity="${opacity}"/>`;
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

interface SceneInput {
	p: Palette;
	rng: () => number;
	points: { lat: number; lon: number }[];
}

function sceneReadingClub({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="${p.pale}"/>`;
	// window with the sea
	out += `<rect x="450" y="70" width="300" height="230" rx="10" fill="#ffffff"/>`;
	out += `<rect x="465" y="85" width="270" height="200" fill="#a8dadc"/>`;
	out += `<circle cx="660" cy="150" r="34" fill="${p.sun}"/>`;
	out += `<path d="M465,215 q34,-14 68,0 t68,0 t68,0 t68,0 L735,285 L465,285 Z" fill="#457b9d"/>`;
	out += `<path d="M465,245 q34,-12 68,0 t68,0 t68,0 t68,0 L735,285 L465,285 Z" fill="#1d3557"/>`;
	out += `<rect x="596" y="85" width="8" height="200" fill="#ffffff"/>`;
	out += bookshelf(40, 90, 330, 520, 4, p, rng);
	out += bookshelf(830, 90, 330, 520, 4, p, rng);
	// floor
	out += `<rect x="0" y="600" width="${W}" height="200" fill="${mix(p.accent, '#c9a27e', 0.75)}"/>`;
	// people around a table
	out += person(330, 720, 1.05, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), sitting: true, book: pick(rng, p.books) });
	out += person(870, 720, 1.05, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), sitting: true, book: pick(rng, p.books), wave: true });
	out += person(600, 660, 0.95, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), sitting: true, hair: '#4a3426' });
	out += `<ellipse cx="600" cy="640" rx="250" ry="46" fill="#6f4e37"/>`;
	out += `<rect x="585" y="650" width="30" height="130" fill="#5b3a29"/>`;
	out += `<rect x="520" y="600" width="70" height="22" fill="${p.books[2] ?? '#e07a5f'}"/><rect x="528" y="580" width="58" height="20" fill="${p.books[3] ?? '#3d5a80'}"/><rect x="640" y="606" width="80" height="16" fill="${p.accent}"/>`;
	out += bubble(250, 330, 190, 90, p.accent, false, 3, rng);
	out += bubble(790, 300, 170, 80, mix(p.accent, '#e07a5f', 0.6), true, 2, rng);
	out += plant(1120, 780, 0.9);
	return out;
}

function sceneMap({ p, rng, points }: SceneInput): string {
	const pts =
		points.length >= 2
			? points
			: [
					{ lat: 6.5, lon: 3.4 },
					{ lat: -12, lon: -77 },
				];
	// Zoom an equirectangular projection onto the partners' cities.
	const lons = pts.map((q) => q.lon);
	const lats = pts.map((q) => q.lat);
	const cLon = (Math.min(...lons) + Math.max(...lons)) / 2;
	const cLat = (Math.min(...lats) + Math.max(...lats)) / 2;
	let spanLon = Math.max(50, (Math.max(...lons) - Math.min(...lons)) * 1.45);
	const needLat = Math.max(...lats) - Math.min(...lats) + 40;
	if ((spanLon * H) / W < needLat) spanLon = (needLat * W) / H;
	spanLon = Math.min(spanLon, 400);
	const degPx = W / spanLon;
	const toXY = (lat: number, lon: number): [number, number] => [W / 2 + (lon - cLon) * degPx, H / 2 - (lat - cLat) * degPx];
	let out = `<defs><radialGradient id="ocean" cx="50%" cy="45%" r="75%"><stop offset="0" stop-color="${mix(p.accent, '#0b1d33', 0.55)}"/><stop offset="1" stop-color="#0b1d33"/></radialGradient></defs>`;
	out += `<rect width="${W}" height="${H}" fill="url(#ocean)"/>`;
	const step = spanLon > 200 ? 30 : spanLon > 90 ? 15 : 10;
	for (let lon = -180; lon <= 180; lon += step) {
		const [x] = toXY(0, lon);
		if (x < 0 || x > W) continue;
		out += `<line x1="${f(x)}" y1="0" x2="${f(x)}" y2="${H}" stroke="#ffffff" stroke-opacity="0.08" stroke-width="2"/>`;
	}
	for (let lat = -90; lat <= 90; lat += step) {
		const [, y] = toXY(lat, 0);
		if (y < 0 || y > H) continue;
		out += `<line x1="0" y1="${f(y)}" x2="${W}" y2="${f(y)}" stroke="#ffffff" stroke-opacity="${lat === 0 ? 0.25 : 0.08}" stroke-width="2"/>`;
	}
	// dotted "texture" of far-away places
	for (let i = 0; i < 260; i++) {
		out += `<circle cx="${f(rng() * W)}" cy="${f(rng() * H)}" r="${f(1 + rng() * 2.5)}" fill="#ffffff" fill-opacity="${f(0.08 + rng() * 0.2)}"/>`;
	}
	const xy = pts.map((q) => toXY(q.lat, q.lon));
	// arcs between every pair
	for (let i = 0; i < xy.length; i++) {
		for (let j = i + 1; j < xy.length; j++) {
			const a = xy[i];
			const b = xy[j];
			if (!a || !b) continue;
			const mx = (a[0] + b[0]) / 2;
			const my = (a[1] + b[1]) / 2 - Math.max(80, Math.abs(a[0] - b[0]) * 0.35);
			out += `<path d="M${f(a[0])},${f(a[1])} Q${f(mx)},${f(my)} ${f(b[0])},${f(b[1])}" fill="none" stroke="${p.sun}" stroke-width="6" stroke-dasharray="18 12" stroke-linecap="round"/>`;
		}
	}
	for (const [x, y] of xy) {
		out += `<circle cx="${f(x)}" cy="${f(y)}" r="46" fill="${p.light}" fill-opacity="0.18"/>`;
		out += `<circle cx="${f(x)}" cy="${f(y)}" r="26" fill="${p.light}" fill-opacity="0.35"/>`;
		out += `<circle cx="${f(x)}" cy="${f(y)}" r="13" fill="#ffffff"/>`;
		// a tiny open book above each point
		out += `<path d="M${f(x)},${f(y - 52)} l-30,-8 l0,-26 l30,8 Z" fill="#ffffff"/><path d="M${f(x)},${f(y - 52)} l30,-8 l0,-26 l-30,8 Z" fill="${p.light}"/>`;
	}
	return out;
}

function sceneNightStudy({ p, rng }: SceneInput): string {
	let out = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0d1b2a"/><stop offset="1" stop-color="${mix(p.accent, '#1b263b', 0.6)}"/></linearGradient>`;
	out += `<radialGradient id="glow"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.8"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient></defs>`;
	out += `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	for (let i = 0; i < 70; i++)
		out += `<circle cx="${f(rng() * W)}" cy="${f(rng() * 300)}" r="${f(1 + rng() * 2.2)}" fill="#ffffff" fill-opacity="${f(0.4 + rng() * 0.6)}"/>`;
	out += `<circle cx="1010" cy="120" r="60" fill="#f6f1d1"/><circle cx="1034" cy="104" r="56" fill="${mix('#0d1b2a', p.accent, 0.2)}"/>`;
	// neighbouring dark buildings
	out += `<rect x="0" y="380" width="200" height="420" fill="#14213d"/><rect x="980" y="420" width="220" height="380" fill="#14213d"/>`;
	for (let i = 0; i < 8; i++)
		out += `<rect x="${f(20 + (i % 4) * 45)}" y="${f(420 + Math.floor(i / 4) * 70)}" width="24" height="34" fill="${rng() < 0.3 ? p.sun : '#22325a'}"/>`;
	// the library
	out += `<rect x="250" y="240" width="700" height="560" fill="${mix(p.accent, '#22333b', 0.55)}"/>`;
	out += `<path d="M230,250 L600,150 L970,250 Z" fill="${mix(p.accent, '#1b263b', 0.35)}"/>`;
	out += `<circle cx="600" cy="210" r="34" fill="#f6f1d1"/><path d="M600,210 L600,186 M600,210 L618,218" stroke="#22333b" stroke-width="5" stroke-linecap="round"/>`;
	for (let r = 0; r < 3; r++) {
		for (let c = 0; c < 4; c++) {
			const x = 290 + c * 165;
			const y = 290 + r * 150;
			const lit = !(r === 0 && c === 3) && !(r === 2 && c === 0);
			if (lit) out += `<circle cx="${f(x + 60)}" cy="${f(y + 50)}" r="110" fill="url(#glow)"/>`;
			out += `<rect x="${f(x)}" y="${f(y)}" width="120" height="100" fill="${lit ? '#ffe8a3' : '#2b3a55'}"/>`;
			if (lit) {
				// a student silhouette at a desk lamp
				const sx = x + 30 + rng() * 50;
				out += `<circle cx="${f(sx)}" cy="${f(y + 52)}" r="13" fill="#3a2e2a"/><rect x="${f(sx - 20)}" y="${f(y + 66)}" width="40" height="34" rx="10" fill="#3a2e2a"/>`;
				out += `<rect x="${f(x)}" y="${f(y + 84)}" width="120" height="16" fill="#6b4f3a"/>`;
				if (rng() < 0.7)
					out += `<path d="M${f(x + 100)},${f(y + 84)} l0,-30 l-14,-10" stroke="#333" stroke-width="4" fill="none"/><path d="M${f(x + 74)},${f(y + 38)} l22,-8 l6,16 Z" fill="${p.warm}"/>`;
			}
			out += `<rect x="${f(x + 57)}" y="${f(y)}" width="6" height="100" fill="${mix(p.accent, '#22333b', 0.55)}"/>`;
		}
	}
	out += `<rect x="540" y="700" width="120" height="100" fill="#ffe8a3"/><rect x="597" y="700" width="6" height="100" fill="${mix(p.accent, '#22333b', 0.55)}"/>`;
	// street lamp
	out += `<rect x="1080" y="520" width="10" height="280" fill="#555"/><circle cx="1085" cy="515" r="22" fill="${p.sun}"/><circle cx="1085" cy="515" r="90" fill="url(#glow)"/>`;
	return out;
}

function sceneMakerspace({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="${mix(p.accent, '#ffffff', 0.8)}"/>`;
	// pegboard
	out += `<rect x="60" y="60" width="1080" height="360" rx="12" fill="#d4a373"/>`;
	for (let x = 90; x < 1130; x += 40) for (let y = 85; y < 410; y += 40) out += `<circle cx="${x}" cy="${y}" r="4" fill="#a47148"/>`;
	// tools on the board
	out += `<rect x="120" y="120" width="26" height="180" rx="8" fill="${p.accent}"/><rect x="108" y="110" width="50" height="40" rx="6" fill="#6c757d"/>`; // screwdriver-ish
	out += `<path d="M230,110 L230,300" stroke="#6c757d" stroke-width="22" stroke-linecap="round"/><circle cx="230" cy="110" r="30" fill="none" stroke="#6c757d" stroke-width="16"/>`; // wrench
	out += `<circle cx="360" cy="170" r="50" fill="none" stroke="#e76f51" stroke-width="18"/><circle cx="360" cy="170" r="14" fill="#e76f51"/>`; // tape
	for (let i = 0; i < 6; i++)
		out += `<rect x="${470 + i * 34}" y="${110 + (i % 2) * 16}" width="18" height="${150 - i * 12}" rx="6" fill="${pick(rng, p.books)}"/>`; // pencils
	// gears
	const gear = (cx: number, cy: number, r: number, color: string) => {
		let g = '';
		for (let i = 0; i < 10; i++) {
			const a = (Math.PI * 2 * i) / 10;
			g += `<rect x="${f(cx - r * 0.16)}" y="${f(cy - r * 1.22)}" width="${f(r * 0.32)}" height="${f(r * 0.4)}" fill="${color}" transform="rotate(${f((a * 180) / Math.PI)} ${f(cx)} ${f(cy)})"/>`;
		}
		return g + `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${color}"/><circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.35)}" fill="#d4a373"/>`;
	};
	out += gear(800, 200, 70, p.dark) + gear(915, 290, 46, p.accent) + gear(1040, 170, 56, '#6c757d');
	// workbench
	out += `<rect x="40" y="560" width="1120" height="36" fill="#7f5539"/><rect x="80" y="596" width="30" height="204" fill="#7f5539"/><rect x="1090" y="596" width="30" height="204" fill="#7f5539"/>`;
	// 3D printer
	out += `<rect x="140" y="380" width="220" height="180" rx="8" fill="#343a40"/><rect x="160" y="400" width="180" height="130" fill="#adb5bd"/><rect x="200" y="410" width="100" height="16" fill="#343a40"/><path d="M250,426 l0,40" stroke="#343a40" stroke-width="8"/>`;
	out += `<path d="M215,528 L250,470 L285,528 Z" fill="${p.accent}"/>`;
	// laptop
	out += `<path d="M430,470 L590,470 L600,556 L420,556 Z" fill="#495057"/><rect x="440" y="478" width="140" height="70" fill="${p.light}"/><rect x="400" y="552" width="220" height="10" rx="4" fill="#343a40"/>`;
	// sewing machine
	out += `<path d="M680,556 L680,470 Q680,430 720,430 L880,430 Q900,430 900,450 L900,480 L860,480 L860,470 L720,470 L720,556 Z" fill="${p.dark}"/><rect x="850" y="480" width="14" height="50" fill="#adb5bd"/><rect x="660" y="540" width="260" height="20" fill="${p.dark}"/>`;
	// people
	out += person(1010, 800, 0.95, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), wave: true });
	out += person(560, 800, 0.8, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), sitting: true, hair: '#1b1b1b' });
	return out;
}

function sceneShelterStory({ p, rng }: SceneInput): string {
	let out = `<defs><radialGradient id="lamp" cx="50%" cy="30%" r="60%"><stop offset="0" stop-color="#ffe6a7" stop-opacity="0.95"/><stop offset="1" stop-color="#ffe6a7" stop-opacity="0"/></radialGradient></defs>`;
	out += `<rect width="${W}" height="${H}" fill="#3d405b"/>`;
	// concrete blocks
	for (let y = 0; y < 560; y += 60)
		for (let x = (y / 60) % 2 === 0 ? 0 : -60; x < W; x += 120) out += `<rect x="${x + 2}" y="${y + 2}" width="116" height="56" fill="#4a4e69"/>`;
	out += `<ellipse cx="600" cy="300" rx="560" ry="420" fill="url(#lamp)"/>`;
	// hanging lamp
	out += `<line x1="600" y1="0" x2="600" y2="90" stroke="#222" stroke-width="4"/><path d="M560,120 L640,120 L620,90 L580,90 Z" fill="${p.warm}"/><circle cx="600" cy="126" r="12" fill="#fff4c2"/>`;
	// children's drawings pinned on the wall
	const drawings: [number, number, number][] = [
		[90, 90, -4],
		[250, 70, 3],
		[880, 80, -2],
		[1040, 110, 5],
	];
	for (const [x, y, rot] of drawings) {
		out += `<g transform="rotate(${rot} ${x + 60} ${y + 45})"><rect x="${x}" y="${y}" width="120" height="90" fill="#fdfcdc"/>`;
		out += `<circle cx="${x + 30}" cy="${y + 30}" r="14" fill="${p.sun}"/><path d="M${x + 10},${y + 80} L${x + 50},${y + 45} L${x + 80},${y + 70} L${x + 110},${y + 40} L${x + 110},${y + 80} Z" fill="${pick(rng, p.books)}"/>`;
		out += `<circle cx="${x + 60}" cy="${y + 6}" r="5" fill="#e63946"/></g>`;
	}
	// blankets and floor
	out += `<rect x="0" y="560" width="${W}" height="240" fill="#6c584c"/>`;
	out += `<rect x="120" y="610" width="440" height="150" rx="30" fill="${p.accent}"/><rect x="620" y="620" width="460" height="140" rx="30" fill="#e07a5f"/>`;
	for (let x = 150; x < 540; x += 60) out += `<rect x="${x}" y="610" width="20" height="150" fill="#ffffff" fill-opacity="0.15"/>`;
	// reader and children
	out += person(600, 700, 1.0, { skin: pick(rng, p.skins), body: p.dark, sitting: true, book: '#f4a261', hair: '#6b4f3a' });
	const kids: [number, number][] = [
		[230, 730],
		[360, 745],
		[830, 740],
		[960, 728],
		[470, 770],
		[720, 775],
	];
	for (const [x, y] of kids) {
		out += person(x, y, 0.62, {
			skin: pick(rng, p.skins),
			body: pick(rng, p.clothes),
			sitting: true,
			hair: pick(rng, ['#2b2118', '#e9c46a', '#8d5524', '#4a3426']),
		});
	}
	// a teddy bear
	out += `<circle cx="1090" cy="660" r="30" fill="#b08968"/><circle cx="1090" cy="615" r="22" fill="#b08968"/><circle cx="1074" cy="597" r="9" fill="#b08968"/><circle cx="1106" cy="597" r="9" fill="#b08968"/>`;
	return out;
}

function sceneArchive({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="${mix(p.accent, '#f8f4e3', 0.82)}"/>`;
	out += `<circle cx="1040" cy="140" r="70" fill="${p.sun}" fill-opacity="0.8"/>`;
	// string of photographs
	out += `<path d="M40,90 Q600,200 1160,90" fill="none" stroke="#6b4f3a" stroke-width="4"/>`;
	for (let i = 0; i < 7; i++) {
		const t = (i + 0.5) / 7;
		const x = 40 + t * 1120;
		const y = 90 + 4 * 110 * t * (1 - t);
		const rot = (rng() - 0.5) * 14;
		out += `<g transform="rotate(${f(rot)} ${f(x)} ${f(y)})"><rect x="${f(x - 55)}" y="${f(y)}" width="110" height="128" fill="#ffffff"/>`;
		out += `<rect x="${f(x - 47)}" y="${f(y + 8)}" width="94" height="90" fill="${mix(pick(rng, p.books), '#8d99ae', 0.4)}"/>`;
		if (i % 2 === 0)
			out += `<circle cx="${f(x - 10)}" cy="${f(y + 45)}" r="16" fill="#f1faee" fill-opacity="0.7"/><rect x="${f(x - 28)}" y="${f(y + 62)}" width="36" height="36" fill="#f1faee" fill-opacity="0.7"/>`;
		else out += `<path d="M${f(x - 47)},${f(y + 98)} l30,-40 l20,22 l24,-34 l20,52 Z" fill="#f1faee" fill-opacity="0.7"/>`;
		out += `<rect x="${f(x - 6)}" y="${f(y - 10)}" width="12" height="22" fill="#d4a373"/></g>`;
	}
	// archive boxes
	const boxes: [number, number, number, number][] = [
		[90, 470, 220, 150],
		[90, 620, 220, 150],
		[320, 560, 200, 210],
		[120, 360, 170, 110],
	];
	for (const [x, y, w, h] of boxes) {
		out += `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#c9a227" stroke="#8c6d1f" stroke-width="4"/><rect x="${x + w / 2 - 40}" y="${y + 24}" width="80" height="36" fill="#fffbe6"/><rect x="${x}" y="${y}" width="${w}" height="18" fill="#b08b1e"/>`;
	}
	// cassette recorder on a table
	out += `<rect x="600" y="600" width="520" height="30" fill="#7f5539"/><rect x="640" y="630" width="24" height="170" fill="#7f5539"/><rect x="1056" y="630" width="24" height="170" fill="#7f5539"/>`;
	out += `<rect x="660" y="470" width="300" height="130" rx="14" fill="#343a40"/><rect x="690" y="490" width="170" height="90" rx="8" fill="${p.light}"/>`;
	out += `<circle cx="735" cy="535" r="24" fill="#ffffff"/><circle cx="815" cy="535" r="24" fill="#ffffff"/><circle cx="735" cy="535" r="8" fill="#343a40"/><circle cx="815" cy="535" r="8" fill="#343a40"/>`;
	out += `<circle cx="910" cy="515" r="16" fill="${p.accent}"/><circle cx="910" cy="560" r="16" fill="#e76f51"/>`;
	// microphone
	out += `<rect x="1010" y="520" width="12" height="80" fill="#6c757d"/><rect x="996" y="450" width="40" height="80" rx="20" fill="#495057"/><rect x="980" y="592" width="72" height="10" rx="5" fill="#495057"/>`;
	// the sea at the bottom right (three coasts)
	out += `<g transform="translate(560 0)">${waves(700, p.accent, 18, 6, 0.35)}</g>`;
	out += `<g transform="translate(560 30)">${waves(720, p.dark, 16, 7, 0.45)}</g>`;
	return out;
}

function sceneStorytelling({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="#fdf6ec"/>`;
	// azulejo-style tiles along the lower wall
	const tileBlue = '#1d4e89';
	for (let x = 0; x < W; x += 80) {
		for (let y = 400; y < 640; y += 80) {
			out += `<rect x="${x}" y="${y}" width="80" height="80" fill="#f1f5fb" stroke="${tileBlue}" stroke-width="2"/>`;
			out += `<circle cx="${x + 40}" cy="${y + 40}" r="22" fill="none" stroke="${tileBlue}" stroke-width="5"/>`;
			out += `<path d="M${x},${y + 40} L${x + 40},${y} L${x + 80},${y + 40} L${x + 40},${y + 80} Z" fill="none" stroke="${tileBlue}" stroke-width="2"/>`;
			out += `<circle cx="${x + 40}" cy="${y + 40}" r="6" fill="${p.accent}"/>`;
		}
	}
	// geometric (eight-pointed star) border above the tiles
	for (let x = 40; x < W; x += 80) {
		out += `<rect x="${x - 18}" y="362" width="36" height="36" fill="${p.accent}"/><rect x="${x - 18}" y="362" width="36" height="36" fill="${p.accent}" transform="rotate(45 ${x} 380)"/><circle cx="${x}" cy="380" r="8" fill="#fdf6ec"/>`;
	}
	// the story in a big bubble: moon, stars, a boat and a bird
	out += `<rect x="330" y="40" width="560" height="270" rx="80" fill="${mix(p.accent, '#1d3557', 0.5)}"/><path d="M520,300 L470,380 L580,306 Z" fill="${mix(p.accent, '#1d3557', 0.5)}"/>`;
	out += `<circle cx="440" cy="120" r="40" fill="#f6f1d1"/><circle cx="460" cy="106" r="36" fill="${mix(p.accent, '#1d3557', 0.5)}"/>`;
	for (let i = 0; i < 9; i++) out += star(520 + rng() * 330, 70 + rng() * 90, 8 + rng() * 8, '#ffd166');
	out += `<path d="M560,250 L760,250 L730,285 L590,285 Z" fill="#e07a5f"/><path d="M660,250 L660,170 L720,240 Z" fill="#f1faee"/>`;
	out += `<path d="M800,190 q20,-24 40,0 q20,-24 40,0" fill="none" stroke="#f1faee" stroke-width="6"/>`;
	out += `<path d="M330,250 q40,-18 80,0 t80,0 t80,0 t80,0 t80,0 t80,0 t80,0 L890,310 L330,310 Z" fill="#457b9d" fill-opacity="0.6"/>`;
	// floor and rug
	out += `<rect x="0" y="640" width="${W}" height="160" fill="#c8a27c"/><ellipse cx="600" cy="730" rx="480" ry="60" fill="${p.accent}" fill-opacity="0.8"/>`;
	// grandmother in an armchair
	out += `<rect x="180" y="470" width="260" height="260" rx="40" fill="#8e5572"/><rect x="160" y="580" width="50" height="170" rx="20" fill="#7a4664"/><rect x="410" y="580" width="50" height="170" rx="20" fill="#7a4664"/>`;
	out += person(310, 740, 1.05, { skin: pick(rng, p.skins), body: '#588157', sitting: true, bun: true, hair: '#d9d9d9', book: '#f4a261' });
	// children listening
	const kids: [number, number][] = [
		[600, 770],
		[730, 760],
		[860, 775],
		[990, 765],
	];
	for (const [x, y] of kids)
		out += person(x, y, 0.66, {
			skin: pick(rng, p.skins),
			body: pick(rng, p.clothes),
			sitting: true,
			hair: pick(rng, ['#2b2118', '#8d5524', '#4a3426', '#e9c46a']),
		});
	return out;
}

function sceneMultilingual({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="${mix(p.accent, '#fffaf0', 0.85)}"/>`;
	// step-fret (greca) band at the bottom, like a woven textile
	out += `<rect x="0" y="660" width="${W}" height="140" fill="${p.dark}"/>`;
	for (let x = 0; x < W; x += 100) {
		out += `<path d="M${x + 10},${760} L${x + 10},${690} L${x + 70},${690} L${x + 70},${740} L${x + 40},${740} L${x + 40},${715}" fill="none" stroke="${p.sun}" stroke-width="12"/>`;
		out += `<rect x="${x + 80}" y="775" width="14" height="14" fill="#e76f51"/>`;
	}
	// overlapping speech bubbles in several colours
	const cols = [p.accent, '#e07a5f', '#3d5a80', '#81b29a', '#f2cc8f', '#6d597a'];
	const spots: [number, number, number, number, boolean][] = [
		[80, 60, 300, 130, false],
		[420, 40, 260, 110, true],
		[720, 80, 340, 140, false],
		[160, 240, 260, 110, true],
		[520, 210, 280, 120, false],
		[860, 270, 250, 100, true],
	];
	spots.forEach(([x, y, w, h, left], i) => {
		out += bubble(x, y, w, h, cols[i % cols.length] ?? p.accent, left, 2 + (i % 2), rng);
	});
	// stacks of books
	const stack = (x: number, base: number, n: number) => {
		let s = '';
		for (let i = 0; i < n; i++) {
			const w = 150 + rng() * 60;
			s += `<rect x="${f(x - w / 2 + (rng() - 0.5) * 20)}" y="${f(base - (i + 1) * 30)}" width="${f(w)}" height="28" rx="4" fill="${pick(rng, p.books)}"/>`;
		}
		return s;
	};
	out += stack(170, 660, 5) + stack(1050, 660, 4);
	// two people talking
	out += person(470, 660, 0.95, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), wave: true, hair: '#1b1b1b' });
	out += person(740, 660, 0.95, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), book: pick(rng, p.books), hair: '#2b2118' });
	return out;
}

function sceneFloorplans({ p, rng }: SceneInput): string {
	let out = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${p.dark}"/></marker></defs>`;
	out += `<rect width="${W}" height="${H}" fill="#f4f1ea"/>`;
	// blueprint grid
	for (let x = 0; x <= W; x += 40) out += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="${p.accent}" stroke-opacity="0.08" stroke-width="2"/>`;
	for (let y = 0; y <= H; y += 40) out += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${p.accent}" stroke-opacity="0.08" stroke-width="2"/>`;
	const wall = (x: number, y: number, w: number, h: number, doorX: number) =>
		`<path d="M${doorX},${y + h} L${x},${y + h} L${x},${y} L${x + w},${y} L${x + w},${y + h} L${doorX + 70},${y + h}" fill="none" stroke="${p.ink}" stroke-width="12" stroke-linejoin="round"/>`;
	const shelfRow = (x: number, y: number, w: number) => {
		let s = `<rect x="${x}" y="${y}" width="${w}" height="26" fill="#8a5a3b"/>`;
		for (let bx = x + 4; bx < x + w - 10; bx += 10 + rng() * 6) s += `<rect x="${f(bx)}" y="${y + 4}" width="7" height="18" fill="${pick(rng, p.books)}"/>`;
		return s;
	};
	const bench = (x: number, y: number, w: number, h: number) =>
		`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${p.accent}"/><rect x="${x + 10}" y="${y + 10}" width="${w - 20}" height="${h - 20}" rx="4" fill="${p.light}"/>`;
	const sewing = (x: number, y: number) =>
		`<circle cx="${x}" cy="${y}" r="22" fill="#e07a5f"/><rect x="${x - 10}" y="${y - 34}" width="20" height="18" fill="#e07a5f"/>`;
	const tool = (x: number, y: number) =>
		`<circle cx="${x}" cy="${y}" r="14" fill="none" stroke="${p.dark}" stroke-width="6"/><rect x="${x - 4}" y="${y + 10}" width="8" height="34" fill="${p.dark}"/>`;
	// plan A (left): the workshop is a separate back room
	out += `<rect x="60" y="80" width="500" height="620" fill="#ffffff"/>`;
	out += wall(60, 80, 500, 620, 280);
	out += `<line x1="60" y1="330" x2="430" y2="330" stroke="${p.ink}" stroke-width="10"/>`;
	out += shelfRow(100, 400, 180) + shelfRow(100, 480, 180) + shelfRow(100, 560, 180) + shelfRow(330, 420, 190) + shelfRow(330, 520, 190);
	out += bench(110, 130, 220, 80) + sewing(420, 170) + sewing(490, 170) + `<rect x="380" y="240" width="110" height="60" rx="6" fill="#495057"/>`;
	out += shelfRow(120, 250, 150);
	out += `<path d="M315,690 C315,600 200,560 190,470" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	out += `<path d="M320,690 C330,620 470,600 440,470" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	out += `<path d="M470,380 C500,350 500,340 495,300" fill="none" stroke="${p.dark}" stroke-width="5" stroke-dasharray="12 10" marker-end="url(#arrow)"/>`;
	// plan B (right): books on a shelf right above the workbench, open plan
	out += `<rect x="640" y="80" width="500" height="620" fill="#ffffff"/>`;
	out += wall(640, 80, 500, 620, 850);
	out += bench(690, 130, 400, 90) + shelfRow(700, 106, 380);
	for (let i = 0; i < 5; i++) out += tool(720 + i * 80, 270);
	out += sewing(720, 440) + sewing(800, 440);
	out += shelfRow(900, 400, 190) + shelfRow(900, 480, 190) + shelfRow(680, 560, 200);
	out += `<path d="M880,690 C880,600 980,560 990,520" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	out += `<path d="M1000,380 C1010,320 940,300 900,240" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	out += `<path d="M840,230 C800,320 760,360 760,410" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	out += `<path d="M790,470 C820,520 860,540 880,560" fill="none" stroke="${p.dark}" stroke-width="7" marker-end="url(#arrow)"/>`;
	// compass rose
	out += `<path d="M600,40 l10,26 l-10,-6 l-10,6 Z" fill="${p.ink}"/>`;
	return out;
}

function sceneShelves({ p, rng }: SceneInput): string {
	let out = `<rect width="${W}" height="${H}" fill="${mix(p.accent, '#fffaf0', 0.88)}"/>`;
	out += `<rect x="0" y="660" width="${W}" height="140" fill="${mix(p.accent, '#c9a27e', 0.7)}"/>`;
	// before: one language per shelf, one language on the bottom shelf
	const langColors = [p.books[3] ?? '#3d5a80', p.books[4] ?? '#81b29a', p.books[2] ?? '#e07a5f', p.accent];
	out += `<rect x="60" y="90" width="440" height="580" rx="8" fill="#8a5a3b"/><rect x="74" y="104" width="412" height="552" fill="#5b3a26"/>`;
	for (let r = 0; r < 4; r++) {
		const base = 104 + 138 * (r + 1);
		const color = langColors[r] ?? p.accent;
		let bx = 84;
		const end = r === 3 ? 240 : 476;
		while (bx < end) {
			const bw = 14 + rng() * 12;
			const bh = 80 + rng() * 40;
			out += `<rect x="${f(bx)}" y="${f(base - bh - 8)}" width="${f(bw)}" height="${f(bh)}" fill="${mix(color, '#ffffff', rng() * 0.3)}"/>`;
			bx += bw + 2;
		}
		out += `<rect x="74" y="${base - 8}" width="412" height="8" fill="#8a5a3b"/>`;
	}
	out += `<circle cx="170" cy="596" r="92" fill="none" stroke="${p.sun}" stroke-width="10" stroke-dasharray="24 14"/>`;
	// arrow between the two
	out += `<path d="M540,380 L640,380" stroke="${p.dark}" stroke-width="18" stroke-linecap="round"/><path d="M630,344 L680,380 L630,416 Z" fill="${p.dark}"/>`;
	// after: a low mixed display table with books face out
	out += `<rect x="720" y="470" width="420" height="30" fill="#8a5a3b"/><rect x="740" y="500" width="24" height="170" fill="#8a5a3b"/><rect x="1096" y="500" width="24" height="170" fill="#8a5a3b"/>`;
	for (let i = 0; i < 7; i++) {
		const x = 735 + i * 57;
		const c = langColors[i % langColors.length] ?? p.accent;
		out += `<g transform="rotate(${f((rng() - 0.5) * 8)} ${x + 24} 470)"><rect x="${x}" y="384" width="50" height="86" rx="3" fill="${c}"/>`;
		out += `<circle cx="${x + 25}" cy="414" r="12" fill="#ffffff" fill-opacity="0.7"/><rect x="${x + 8}" y="440" width="34" height="6" fill="#ffffff" fill-opacity="0.7"/></g>`;
	}
	out += person(800, 800, 0.62, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), book: langColors[2] ?? p.accent });
	out += person(960, 800, 0.75, { skin: pick(rng, p.skins), body: pick(rng, p.clothes), hair: '#1b1b1b', wave: true });
	out += person(1090, 800, 0.55, { skin: pick(rng, p.skins), body: pick(rng, p.clothes) });
	return out;
}

function sceneCloth({ rng }: SceneInput): string {
	const indigo = '#1f3a68';
	let out = `<rect width="${W}" height="${H}" fill="#d8c3a5"/>`;
	// wood grain of the table
	for (let y = 10; y < H; y += 34)
		out += `<path d="M0,${y} C300,${y + 10 * (rng() - 0.5)} 900,${y + 14 * (rng() - 0.5)} ${W},${y}" stroke="#c4a882" stroke-width="3" fill="none"/>`;
	// the printed cotton cloth seen from above, with a wave pattern
	out += `<g transform="rotate(-3 600 400)"><rect x="150" y="90" width="900" height="620" fill="${indigo}"/>`;
	out += `<clipPath id="cl"><rect x="150" y="90" width="900" height="620"/></clipPath><g clip-path="url(#cl)">`;
	for (let row = 0; row < 24; row++) {
		const y = 90 + row * 30;
		for (let x = 150 + (row % 2) * 30; x < 1100; x += 60) {
			for (const r of [28, 20, 12])
				out += `<path d="M${x - r},${y} A${r},${r} 0 0 1 ${x + r},${y}" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="3"/>`;
		}
	}
	out += `</g>`;
	// fringe
	for (let x = 156; x < 1050; x += 12) out += `<line x1="${x}" y1="710" x2="${x}" y2="726" stroke="${indigo}" stroke-width="3"/>`;
	out += `</g>`;
	// ruler
	out += `<rect x="1080" y="100" width="60" height="600" fill="#f1e3b0" stroke="#a68a4a" stroke-width="3"/>`;
	for (let i = 0; i <= 30; i++)
		out += `<line x1="1080" y1="${110 + i * 19.4}" x2="${1080 + (i % 5 === 0 ? 34 : 18)}" y2="${110 + i * 19.4}" stroke="#5c4a1f" stroke-width="3"/>`;
	// objects: a faded photograph, a spinning top and a knotted rope
	out += `<g transform="rotate(6 420 330)"><rect x="300" y="220" width="240" height="200" fill="#fbf7ef"/><rect x="316" y="236" width="208" height="150" fill="#a3b18a"/>`;
	out += `<path d="M316,386 L316,330 L380,300 L440,330 L524,290 L524,386 Z" fill="#6b705c"/><rect x="330" y="360" width="180" height="10" fill="#6b4f3a"/>`;
	for (let i = 0; i < 6; i++) out += `<rect x="${344 + i * 28}" y="318" width="6" height="46" fill="#6b4f3a"/>`;
	out += `</g>`;
	out += `<ellipse cx="760" cy="300" rx="70" ry="70" fill="#c1121f"/><ellipse cx="760" cy="300" rx="46" ry="46" fill="#fdf0d5"/><ellipse cx="760" cy="300" rx="22" ry="22" fill="#669bbc"/><circle cx="760" cy="300" r="6" fill="#333"/>`;
	out += `<path d="M620,560 C700,470 820,650 900,540 C960,460 860,430 820,500 C790,560 900,600 960,600" fill="none" stroke="#c9a66b" stroke-width="18" stroke-linecap="round"/>`;
	out += `<path d="M620,560 C700,470 820,650 900,540 C960,460 860,430 820,500 C790,560 900,600 960,600" fill="none" stroke="#a8824a" stroke-width="4" stroke-dasharray="10 12"/>`;
	return out;
}

const SCENES: Record<IllustrationKind, (input: SceneInput) => string> = {
	'reading-club': sceneReadingClub,
	map: sceneMap,
	'night-study': sceneNightStudy,
	makerspace: sceneMakerspace,
	'shelter-story': sceneShelterStory,
	archive: sceneArchive,
	storytelling: sceneStorytelling,
	multilingual: sceneMultilingual,
	floorplans: sceneFloorplans,
	shelves: sceneShelves,
	cloth: sceneCloth,
};

export const ILLUSTRATION_KINDS = Object.keys(SCENES) as IllustrationKind[];

export interface IllustrationOptions {
	accent: string;
	seed?: number;
	/** Width / height of the output image. Default 1.5. */
	aspect?: number;
	/** Output width in pixels. Default 1200. */
	widthPx?: number;
	/** City coordinates for the "map" illustration. */
	points?: { lat: number; lon: number }[];
}

/** Builds the SVG source of an illustration. */
export function illustrationSvg(kind: IllustrationKind, o: IllustrationOptions): string {
	const aspect = o.aspect ?? 1.5;
	const scene = SCENES[kind];
	const body = scene({ p: palette(o.accent), rng: makeRng(o.seed ?? 1), points: o.points ?? [] });
	// Keep the 1200 x 800 scene and crop it to the requested aspect ratio.
	let vw = W;
	let vh = H;
	if (aspect > W / H) vh = W / aspect;
	else vw = H * aspect;
	const vx = (W - vw) / 2;
	const vy = (H - vh) / 2;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(vx)} ${f(vy)} ${f(vw)} ${f(vh)}" width="${f(vw)}" height="${f(vh)}">${body}</svg>`;
}

const cache = new Map<string, Promise<string>>();

/** Renders an illustration to a JPEG and returns it as a data: URL. */
export function illustrationDataUrl(kind: IllustrationKind, o: IllustrationOptions): Promise<string> {
	const key = JSON.stringify([kind, o.accent, o.seed ?? 1, o.aspect ?? 1.5, o.widthPx ?? 1200, o.points ?? []]);
	let hit = cache.get(key);
	if (!hit) {
		const svg = illustrationSvg(kind, o);
		hit = sharp(Buffer.from(svg))
			.resize({ width: o.widthPx ?? 1200 })
			.flatten({ background: '#ffffff' })
			.jpeg({ quality: 80, mozjpeg: true })
			.toBuffer()
			.then((buf) => `data:image/jpeg;base64,${buf.toString('base64')}`);
		cache.set(key, hit);
	}
	return hit;
}
