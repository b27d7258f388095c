// Builds the self-contained HTML document of one poster. Everything is
// inline (styles, images as data: URLs); fonts are the system's Noto and
// DejaVu fonts, so the page needs no network at all.

import type { PosterFigure, PosterImage, PosterLabels, PosterSection, PosterSpec, TextDir, Txt } from './poster-types.ts';

export const DEFAULT_PROGRAM = 'Open Stacks Fellowship';

export const DEFAULT_LICENSE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	url: 'https://creativecommons.org/licenses/by/4.0/',
};

const EN_LABELS: PosterLabels = { round: 'Round', group: 'Group', liaison: 'Liaison', licence: 'Licence', partners: 'Partners' };

const LABELS: Record<string, PosterLabels> = {
	en: EN_LABELS,
	es: { round: 'Ronda', group: 'Grupo', liaison: 'Enlace', licence: 'Licencia', partners: 'Participantes' },
	pt: { round: 'Edição', group: 'Grupo', liaison: 'Mediação', licence: 'Licença', partners: 'Participantes' },
	uk: { round: 'Раунд', group: 'Група', liaison: 'Кураторка', licence: 'Ліцензія', partners: 'Учасники' },
	ar: { round: 'الدورة', group: 'المجموعة', liaison: 'المنسّقة', licence: 'الترخيص', partners: 'المشاركون' },
};

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export function dirOfLang(lang: string): TextDir {
	const base = lang.toLowerCase().split('-')[0] ?? '';
	return RTL_LANGS.has(base) ? 'rtl' : 'ltr';
}

export function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text of a Txt value. */
export function txtText(t: Txt): string {
	return typeof t === 'string' ? t : t.text;
}

/** lang/dir attributes for a Txt value ("" for plain strings). */
function txtAttrs(t: Txt): string {
	if (typeof t === 'string') return '';
	return ` lang="${escapeHtml(t.lang)}" dir="${t.dir ?? dirOfLang(t.lang)}"`;
}

/** Renders a Txt value as an element (tag, class) with the right lang/dir. */
function el(tag: string, t: Txt, cls?: string, extra = ''): string {
	const c = cls ? ` class="${cls}"` : '';
	return `<${tag}${c}${txtAttrs(t)}${extra}>${inline(txtText(t))}</${tag}>`;
}

/**
 * Escapes text and applies a tiny bit of inline markup:
 * **bold**, *italic* and line breaks written as "\n".
 */
function inline(s: string): string {
	return escapeHtml(s)
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^*])\*([^*\n]+?)\*/g, '$1<em>$2</em>')
		.replace(/\n/g, '<br>');
}

function asList(t: Txt | Txt[]): Txt[] {
	return Array.isArray(t) ? t : [t];
}

/** Base font size in mm for a page, before the fit-to-page scale is applied. */
export function baseFontMm(widthMm: number, heightMm: number): number {
	return Math.min(widthMm, heightMm) * 0.0125;
}

export function defaultColumns(widthMm: number, heightMm: number): number {
	// Aim for columns roughly 160-300 mm wide, scaled with the page.
	const ratio = widthMm / Math.min(widthMm, heightMm);
	if (ratio > 1.2) return 4;
	if (widthMm <= 320) return 2;
	if (widthMm <= 450) return 2;
	return 3;
}

function formatNumber(n: number, lang: string): string {
	try {
		return new Intl.NumberFormat(lang.startsWith('ar') ? 'ar-u-nu-latn' : lang).format(n);
	} catch {
		return String(n);
	}
}

function renderFigure(fig: PosterFigure, lang: string): string {
	const caption = fig.caption ? el('figcaption', fig.caption) : '';
	if (fig.kind === 'numbers') {
		const items = fig.items
			.map(
				(it) =>
					`<div class="kpi"><div class="kpi-num" dir="ltr">${escapeHtml(it.display ?? formatNumber(it.value, lang))}</div>${el('div', it.label, 'kpi-label')}</div>`,
			)
			.join('');
		return `<figure class="box numbers">${el('h3', fig.title)}<div class="kpis">${items}</div>${caption}</figure>`;
	}
	const max = Math.max(1, ...fig.items.map((it) => it.value));
	const rows = fig.items
		.map((it) => {
			const pct = Math.max(2, (it.value / max) * 100);
			return `<div class="bar-row">${el('div', it.label, 'bar-label')}<div class="bar-track"><div class="bar-fill" style="width:${pct.toFixed(1)}%"></div></div><div class="bar-value" dir="ltr">${escapeHtml(it.display ?? formatNumber(it.value, lang))}</div></div>`;
		})
		.join('');
	return `<figure class="box bars">${el('h3', fig.title)}<div class="bars-body">${rows}</div>${caption}</figure>`;
}

function renderImage(img: PosterImage, src: string): string {
	const alt = escapeHtml(txtText(img.alt));
	const caption = img.caption ? el('figcaption', img.caption) : '';
	return `<figure class="image"><img src="${src}" alt="${alt}">${caption}</figure>`;
}

function renderSection(s: PosterSection, posterLang: string): string {
	const attrs = s.lang && s.lang !== posterLang ? ` lang="${escapeHtml(s.lang)}" dir="${s.dir ?? dirOfLang(s.lang)}"` : s.dir ? ` dir="${s.dir}"` : '';
	let out = `<section${attrs}>`;
	out += s.subheading ? `<hgroup>${el('h2', s.heading)}${el('p', s.subheading, 'subheading')}</hgroup>` : el('h2', s.heading);
	for (const p of asList(s.text)) out += el('p', p);
	if (s.table && s.table.rows.length > 0) {
		const head = s.table.head ? `<thead><tr>${s.table.head.map((c) => el('th', c, undefined, ' scope="col"')).join('')}</tr></thead>` : '';
		const rows = s.table.rows
			.map((r) => `<tr>${r.map((c, i) => (i === 0 && s.table?.head ? el('th', c, undefined, ' scope="row"') : el('td', c))).join('')}</tr>`)
			.join('');
		out += `<table>${head}<tbody>${rows}</tbody></table>`;
	}
	if (s.bullets && s.bullets.length > 0) out += `<ul>${s.bullets.map((b) => el('li', b)).join('')}</ul>`;
	if (s.quote) {
		out += `<blockquote>${el('p', s.quote.text)}${s.quote.attribution ? el('cite', s.quote.attribution) : ''}</blockquote>`;
	}
	if (s.summary) {
		const label = s.summary.label ? el('div', s.summary.label, 'summary-label') : '';
		const t = s.summary.text;
		out += `<aside class="summary"${txtAttrs(t)}>${label}<p>${inline(txtText(t))}</p></aside>`;
	}
	out += '</section>';
	return out;
}

export interface PosterHtmlInput {
	spec: PosterSpec;
	/** Resolved image sources (data: URLs), one per spec.images entry. */
	imageSrcs: string[];
}

/** Builds the full HTML document. The page is laid out at scale 1; the renderer then fits it. */
export function buildPosterHtml({ spec, imageSrcs }: PosterHtmlInput): string {
	const { widthMm: w, heightMm: h } = spec.size;
	const lang = spec.lang;
	const dir = spec.dir ?? dirOfLang(lang);
	const baseLang = lang.toLowerCase().split('-')[0] ?? 'en';
	const labels: PosterLabels = { ...(LABELS[baseLang] ?? EN_LABELS), ...(spec.labels ?? {}) };
	const program = spec.program ?? DEFAULT_PROGRAM;
	const license = spec.license ?? DEFAULT_LICENSE;
	const columns = spec.columns ?? defaultColumns(w, h);
	const base = baseFontMm(w, h);

	// Interleave sections, images and figures.
	const n = spec.sections.length;
	const images = spec.images ?? [];
	const figures = spec.figures ?? [];
	const after = new Map<number, string[]>();
	const push = (i: number, html: string) => {
		const k = Math.max(0, Math.min(n - 1, i));
		const list = after.get(k) ?? [];
		list.push(html);
		after.set(k, list);
	};
	images.forEach((img, i) => {
		const src = imageSrcs[i];
		if (!src) return;
		const pos = img.after ?? (i === 0 ? 0 : Math.round(((i + 1) * n) / (images.length + 1)));
		push(pos, renderImage(img, src));
	});
	figures.forEach((fig, i) => {
		const pos = fig.after ?? Math.min(n - 1, Math.round(((i + 1) * n) / (figures.length + 1)) + 1);
		push(pos, renderFigure(fig, lang));
	});
	let body = '';
	spec.sections.forEach((s, i) => {
		body += renderSection(s, lang);
		for (const extra of after.get(i) ?? []) body += extra;
	});

	const partners = spec.partners
		.map(
			(p) =>
				`<div class="partner" dir="auto"><div class="p-name" dir="auto">${escapeHtml(p.name)}</div><div class="p-lib" dir="auto">${escapeHtml(p.library)}</div><div class="p-place" dir="auto">${escapeHtml(`${p.city}, ${p.country}`)}</div></div>`,
		)
		.join('');

	const names = spec.partners.map((p) => p.name).join(', ');
	const year = spec.round.match(/\d{4}/)?.[0] ?? '';
	const groupBits = [spec.group ? `${labels.group}: ${spec.group}` : '', spec.liaison ? `${labels.liaison}: ${spec.liaison}` : ''].filter(Boolean);

	const titleText = txtText(spec.title);
	const subtitleText = spec.subtitle ? txtText(spec.subtitle) : '';

	const css = `
@page { size: ${w}mm ${h}mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.poster {
  --accent: ${spec.accent};
  --accent-dark: color-mix(in srgb, var(--accent) 68%, #000000);
  --accent-tint: color-mix(in srgb, var(--accent) 9%, #ffffff);
  --accent-soft: color-mix(in srgb, var(--accent) 22%, #ffffff);
  --ink: #1f2933;
  --muted: #52606d;
  --scale: 1;
  width: ${w}mm; height: ${h}mm; overflow: hidden;
  display: flex; flex-direction: column;
  font-size: calc(${base.toFixed(3)}mm * var(--scale));
  line-height: 1.42;
  color: var(--ink);
  background: #fbfaf7;
  font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Sans Devanagari", sans-serif;
  font-kerning: normal;
}
:lang(ar), :lang(fa), :lang(ur) {
  /* DejaVu Sans, with GPOS mark positioning off, gives the most faithful text
     extraction (pdftotext) of Chromium's Arabic PDF output; Noto fills gaps. */
  font-family: "DejaVu Sans", "Noto Sans Arabic", sans-serif;
  font-feature-settings: "mark" 0, "mkmk" 0;
  line-height: 1.6;
}
:lang(mr), :lang(hi), :lang(ne), :lang(sa) { font-family: "Noto Sans Devanagari", "DejaVu Sans", sans-serif; line-height: 1.6; }
header.band {
  flex: none; position: relative;
  background: var(--accent);
  background-image: linear-gradient(120deg, var(--accent) 0%, var(--accent) 55%, color-mix(in srgb, var(--accent) 78%, #000000) 100%);
  color: #ffffff;
  padding: 1.9em 2.4em 1.4em;
  border-bottom: 0.5em solid color-mix(in srgb, var(--accent) 45%, #ffffff);
}
.eyebrow { display: flex; justify-content: space-between; gap: 1em; font-size: 0.9em; letter-spacing: 0.04em; opacity: 0.92; }
.eyebrow .program { font-weight: 700; }
h1 { font-size: 3.5em; line-height: 1.08; margin: 0.35em 0 0.2em; font-weight: 800; overflow-wrap: anywhere; }
h1:lang(ar) { line-height: 1.35; }
.subtitle { font-size: 1.5em; line-height: 1.3; margin: 0 0 0.9em; opacity: 0.96; max-width: 46em; }
.partners { display: flex; flex-wrap: wrap; gap: 0.8em 2em; }
${dir === 'rtl' ? '.subtitle, .subheading, .partner, .partner div, cite { text-align: right; }' : ''}
.partner { flex: 1 1 12em; border-top: 0.14em solid rgba(255,255,255,0.65); padding-top: 0.45em; min-width: 0; }
.p-name { font-weight: 700; font-size: 1.2em; }
.p-lib, .p-place { font-size: 0.92em; opacity: 0.95; }
.lead { flex: none; margin: 0; padding: 1.1em 2.4em 0.9em; font-size: 1.18em; line-height: 1.45; background: var(--accent-tint); border-bottom: 0.12em solid var(--accent-soft); }
main {
  flex: 1 1 auto; min-height: 0;
  padding: 1.4em 2.4em 0.6em;
  column-count: ${columns}; column-gap: 2.2em;
  column-rule: 0.06em solid color-mix(in srgb, var(--accent) 25%, #ffffff);
  column-fill: balance;
}
section { margin: 0 0 1.2em; }
h2 { font-size: 1.45em; line-height: 1.2; margin: 0 0 0.45em; padding-bottom: 0.2em; color: var(--accent-dark); border-bottom: 0.12em solid var(--accent); break-after: avoid; break-inside: avoid; }
hgroup { break-after: avoid; break-inside: avoid; margin: 0 0 0.45em; }
hgroup h2 { margin-bottom: 0.15em; }
.subheading { margin: 0; font-size: 0.95em; font-weight: 700; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 0.86em; line-height: 1.3; margin: 0.2em 0 0.9em; break-inside: avoid; }
th, td { text-align: start; vertical-align: top; padding: 0.32em 0.45em; border-bottom: 0.06em solid var(--accent-soft); }
thead th { color: var(--accent-dark); border-bottom: 0.12em solid var(--accent); }
tbody th { font-weight: 700; color: var(--accent-dark); }
tbody tr:nth-child(odd) { background: var(--accent-tint); }
h3 { font-size: 1.08em; margin: 0 0 0.6em; color: var(--accent-dark); }
p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
ul { margin: 0 0 0.7em; padding-inline-start: 1.2em; }
li { margin: 0 0 0.3em; }
li::marker { color: var(--accent); }
blockquote { break-before: avoid; margin: 0.6em 0 0.9em; padding: 0.4em 0.9em; border-inline-start: 0.3em solid var(--accent); background: #ffffff; break-inside: avoid; }
blockquote p { font-size: 1.12em; margin: 0 0 0.3em; }
blockquote p:not(:lang(ar)):not(:lang(mr)):not(:lang(hi)) { font-style: italic; }
cite { display: block; font-style: normal; font-size: 0.82em; color: var(--muted); }
.summary { margin: 0.5em 0 0.9em; padding: 0.55em 0.8em; background: #ffffff; border: 0.08em solid var(--accent-soft); border-inline-start: 0.3em solid var(--accent); font-size: 0.86em; break-inside: avoid; }
.summary p { margin: 0; }
.summary-label { font-weight: 700; font-size: 0.86em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent-dark); margin-bottom: 0.2em; }
figure { margin: 0 0 1.2em; break-inside: avoid; }
figure.image img { display: block; width: 100%; height: auto; border-radius: 0.35em; }
figcaption { font-size: 0.8em; color: var(--muted); margin-top: 0.35em; line-height: 1.35; }
.box { background: var(--accent-tint); border: 0.08em solid var(--accent-soft); border-radius: 0.4em; padding: 0.8em 0.9em 0.7em; }
.bar-row { display: grid; grid-template-columns: minmax(0, 38%) 1fr auto; align-items: center; gap: 0.5em; margin: 0 0 0.4em; font-size: 0.9em; }
.bar-label { line-height: 1.2; }
.bar-track { height: 1.05em; background: #ffffff; border-radius: 0.2em; overflow: hidden; }
.bar-fill { height: 100%; background: var(--accent); border-radius: 0.2em; }
.bar-value { font-weight: 700; min-width: 2.2em; text-align: end; font-variant-numeric: tabular-nums; }
.kpis { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.7em 1em; }
.kpi-num { font-size: 2.3em; font-weight: 800; line-height: 1.05; color: var(--accent-dark); }
.kpi-label { font-size: 0.85em; line-height: 1.3; }
[dir="rtl"] .kpi-num { text-align: right; }
footer {
  flex: none; display: flex; justify-content: space-between; align-items: flex-end; gap: 2em;
  padding: 0.8em 2.4em 1em; font-size: 0.78em; color: #ffffff; background: #26323c;
  border-top: 0.4em solid var(--accent);
}
footer .f-program { font-weight: 700; font-size: 1.25em; }
footer .f-licence { text-align: end; max-width: 60%; }
footer a { color: inherit; text-decoration: none; }
`;

	return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(subtitleText ? `${titleText} — ${subtitleText}` : titleText)}</title>
<meta name="author" content="${escapeHtml(names)}">
<meta name="description" content="${escapeHtml(`${program}, ${labels.round} ${spec.round}`)}">
<style>${css}</style>
</head>
<body>
<div class="poster" id="poster">
<header class="band">
  <div class="eyebrow"><span class="program" lang="en" dir="ltr">${escapeHtml(program)}</span><span>${escapeHtml(`${labels.round} ${spec.round}${spec.group ? ` · ${spec.group}` : ''}`)}</span></div>
  ${el('h1', spec.title)}
  ${spec.subtitle ? el('p', spec.subtitle, 'subtitle') : ''}
  <div class="partners">${partners}</div>
</header>
${spec.lead ? el('p', spec.lead, 'lead') : ''}
<main id="main">${body}</main>
<footer>
  <div class="f-left"><div class="f-program" lang="en" dir="ltr">${escapeHtml(program)}</div><div>${escapeHtml([`${labels.round} ${spec.round}`, ...groupBits].join(' · '))}</div></div>
  <div class="f-licence" lang="en" dir="ltr">© ${escapeHtml(`${year} ${names}`.trim())}. ${escapeHtml(`Licensed under ${license.name}`)}: ${escapeHtml(license.url)}${spec.url ? `<br>${escapeHtml(spec.url)}` : ''}</div>
</footer>
</div>
</body>
</html>`;
}
