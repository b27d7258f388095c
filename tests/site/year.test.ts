/**
 * The program's year on the built sample (built as of SAMPLE_BUILD_DATE):
 * the poster sessions (one closed, one to come), events and their calendar
 * files, opportunities and the home page's count, and certificates as pages
 * and PDFs. Each page as a reader meets it, in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { entryFiles } from '../../src/lib/content-files.ts';
import { documentOptions } from '../../src/lib/pdf/render-page.ts';
import { axeViolations, openPage, useBrowser } from '../support/browser.ts';
import { SAMPLE, SAMPLE_DIST } from '../support/build.ts';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const open = (sitePath: string): Promise<Page> => openPage(session.context, siteUrl, sitePath);
const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Requests a page makes to anywhere but the site under test. */
function outsideRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request: Request) => {
		if (new URL(request.url()).hostname !== '127.0.0.1') seen.push(request.url());
	});
	return seen;
}

async function fetchText(sitePath: string): Promise<{ body: string; type: string }> {
	const response = await session.context.request.get(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
	expect(response.status(), sitePath).toBe(200);
	return { body: await response.text(), type: response.headers()['content-type'] ?? '' };
}

describe('poster sessions', () => {
	test('a closed session is an archive: held from … to …, the round’s posters, comments only when asked for', async () => {
		const page = await session.context.newPage();
		const outside = outsideRequests(page);
		await page.goto(new URL('rounds/2024/poster-session/', siteUrl).href);
		await expect(text(page, 'h1')).resolves.toBe('Poster session');
		await expect(text(page, '.session-state')).resolves.toBe(
			'Held from August 19, 2024 to September 13, 2024. The session is closed; its feedback is kept here as it was left.',
		);
		const titles = await page.locator('.session-poster h3').allInnerTexts();
		expect(titles.sort()).toEqual(['Reading Clubs Without Walls', 'Study Spaces After Dark', 'Казки в укритті', 'المكتبة مساحةً للصناعة'].sort());
		await page.waitForLoadState('networkidle');
		// Nothing has left the site: the threads wait for the reader.
		expect(outside).toEqual([]);
		const buttons = page.getByRole('button', { name: 'Show comments' });
		await expect(buttons.count()).resolves.toBe(4);
		await expect(page.getByRole('link', { name: /Read the thread on GitHub/ }).count()).resolves.toBe(4);
		expect(await axeViolations(page)).toEqual([]);
		await buttons.first().focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('giscus-widget');
		// Focus moves to the thread that took the button's place, named after its poster.
		await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-thread'))).resolves.toBe(true);
		await expect.poll(() => outside.some((url) => new URL(url).hostname === 'giscus.app')).toBe(true);
		// Only the poster asked for loads its thread.
		await expect(page.locator('giscus-widget').count()).resolves.toBe(1);
		await page.close();
	});

	test('a session still to come says when it opens, shows the posters, and offers no feedback yet', async () => {
		const page = await open('/rounds/2025/poster-session/');
		// Opens nine days after the build (build+9), until build+30.
		await expect(text(page, '.session-state')).resolves.toBe('Opens on November 29, 2026 and runs until December 20, 2026.');
		await expect(page.locator('.session-poster').count()).resolves.toBe(3);
		await expect(page.getByRole('button').filter({ hasText: 'comments' }).count()).resolves.toBe(0);
		await expect(page.locator('script').count()).resolves.toBe(0);
		await page.close();
	});

	test('each round links to its session, the home page says when the next one opens, and the session has its feed item and card', async () => {
		const round = await open('/rounds/2024/');
		await round.getByRole('link', { name: 'The poster session (archive)' }).click();
		expect(new URL(round.url()).pathname).toBe('/rounds/2024/poster-session/');
		await expect(round.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe('Round 2024: poster session');
		await expect(round.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/posters\/.+\.jpg$/);
		await round.close();
		const home = await open('/');
		await expect(text(home, 'section:has(#now)')).resolves.toContain('Round 2025: poster session, opens on November 29, 2026');
		await home.close();
		const feed = (await fetchText('/posters/rss.xml')).body;
		expect(feed).toContain('<title>Round 2024: poster session</title>');
		expect(feed).toContain('/rounds/2024/poster-session/</link>');
	});
});

describe('events', () => {
	test('/events/ lists upcoming events first, in their own time zones with a converter link, then past ones with recordings', async () => {
		const page = await open('/events/');
		const upcoming = await page.locator('section:has(#upcoming) h3').allInnerTexts();
		const past = await page.locator('section:has(#past) h3').allInnerTexts();
		expect(upcoming).toEqual(['Webinar: consent in community oral history', 'Café: questions about applying']);
		expect(past).toEqual(['Dialogue: cataloguing in three scripts', 'Café: reading clubs that outlived their founders']);
		const times = (await page.locator('section:has(#upcoming) time').allInnerTexts()).map((time) => time.replace(/\s/g, ' '));
		// build+12 at 19:00 in Tokyo, and build+40 at 10:00 in Lima.
		expect(times).toEqual(['Wednesday, December 2, 2026, 19:00 – 20:30 GMT+9 (Tokyo time)', 'Wednesday, December 30, 2026, 10:00 – 11:00 GMT-5 (Lima time)']);
		await expect(page.locator('section:has(#upcoming) time').first().getAttribute('datetime')).resolves.toBe('2026-12-02T10:00:00Z');
		const convert = await page
			.getByRole('link', { name: /the time where you are/ })
			.first()
			.getAttribute('href');
		expect(convert).toContain('iso=20261202T1000');
		await expect(page.getByRole('link', { name: /^Watch the recording/ }).count()).resolves.toBe(2);
		await expect(page.locator('script').count()).resolves.toBe(0);
		await page.close();
	});

	test('an event’s page has its time, speakers and a calendar file that a calendar reads back as the same event', async () => {
		const page = await open('/events/webinar-oral-history-consent/');
		await expect(text(page, 'h1')).resolves.toBe('Webinar: consent in community oral history');
		await expect(text(page, '.facts')).resolves.toContain('Kenji Sato');
		const ics = await page.getByRole('link', { name: 'Add to your calendar (.ics)' }).getAttribute('href');
		expect(ics).toBe('/events/webinar-oral-history-consent.ics');
		await page.close();
		const { body, type } = await fetchText(ics ?? '');
		expect(type).toContain('text/calendar');
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent') ?? undefined);
		expect(event.summary).toBe('Webinar: consent in community oral history');
		expect(event.startDate.toString()).toBe('2026-12-02T19:00:00');
		expect(event.startDate.zone?.tzid ?? event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Tokyo');
		expect(event.uid).toBe('event-webinar-oral-history-consent@openstacks.example.org');
	});

	test('/events.ics holds every event of the sample, each once', async () => {
		const calendar = new ICAL.Component(ICAL.parse((await fetchText('/events.ics')).body));
		const uids = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).uid);
		const expected = entryFiles(SAMPLE, 'events').map(({ id }) => `event-${id}@openstacks.example.org`);
		expect(uids.sort()).toEqual(expected.sort());
		expect(
			calendar
				.getAllSubcomponents('vtimezone')
				.map((zone) => zone.getFirstPropertyValue('tzid'))
				.sort(),
		).toEqual(['America/Bogota', 'America/Lima', 'Asia/Tokyo', 'Europe/Paris']);
	});
});

describe('opportunities', () => {
	test('open by nearest deadline, then open all year, then closed ones folded away; never a past deadline as open', async () => {
		const page = await open('/opportunities/');
		expect(await page.locator('section:has(#open) h3').allInnerTexts()).toEqual([
			'Poster session at the international library congress',
			'Travel grants for early-career librarians',
			'Special issue on libraries and translation',
		]);
		expect(await page.locator('section:has(#rolling) h3').allInnerTexts()).toEqual(['Volunteers for a standing committee on community archives']);
		const closed = page.locator('section:has(#closed) details');
		await expect(closed.getAttribute('open')).resolves.toBeNull();
		await expect(page.getByRole('link', { name: 'Award for innovation in public library outreach' }).isVisible()).resolves.toBe(false);
		await closed.locator('summary').click();
		await expect(text(page, 'section:has(#closed) .status')).resolves.toBe('Closed: deadline March 31, 2025');
		await expect(page.locator('section:has(#open) .status').first().innerText()).resolves.toBe('Open: deadline December 10, 2026');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('the home page counts the open ones, and the feed carries only those', async () => {
		const home = await open('/');
		await expect(home.getByRole('link', { name: '4 open opportunities' }).count()).resolves.toBe(1);
		await home.close();
		const feed = (await fetchText('/opportunities/rss.xml')).body;
		expect(feed.match(/<item>/g)?.length).toBe(4);
		expect(feed).not.toContain('Award for innovation');
	});
});

/** The text pdf.js reads from a PDF's page 1, and the number of pages. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; width: number; height: number }> {
	const task = getDocument(documentOptions(bytes));
	try {
		const doc = await task.promise;
		const page = await doc.getPage(1);
		const content = await page.getTextContent();
		const [, , width = 0, height = 0] = page.view;
		return { text: content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''), pages: doc.numPages, width, height };
	} finally {
		await task.destroy();
	}
}

describe('certificates of completion', () => {
	test('a person’s page links to their certificate, which names their round, partners, poster and coordinators', async () => {
		const page = await open('/people/yusuf-el-sayed/');
		await page.getByRole('link', { name: 'Round 2025', exact: true }).last().click();
		expect(new URL(page.url()).pathname).toBe('/certificates/2025/yusuf-el-sayed/');
		const certificate = await text(page, '.certificate');
		for (const line of [
			'Certificate of completion',
			'Yusuf El-Sayed',
			"Shubra Children's Library, Egypt",
			'completed Round 2025 of Open Stacks Fellowship, February 1 – July 31, 2025',
			'in partnership with Joana Silva (Portugal)',
			'Poster: حكايات الجدات',
			'Coordinators: Marieke de Vries and Thandi Nkosi',
			'Verify at https://openstacks.example.org/certificates/2025/yusuf-el-sayed/',
		]) {
			expect(certificate.replace(/\s/g, ' ')).toContain(line.replace(/\s/g, ' '));
		}
		await expect(page.locator('script').count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		// Printed, it is one landscape page without the site's header and footer.
		const printed = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })));
		expect(printed.pages).toBe(1);
		expect(printed.width).toBeGreaterThan(printed.height);
		expect(printed.text).not.toContain('Skip to content');
		await page.close();
	});

	test('its PDF, made at build time, reads back with pdf.js in every script it holds', async () => {
		const bytes = new Uint8Array(readFileSync(path.join(SAMPLE_DIST, 'certificates/2025/yusuf-el-sayed/certificate.pdf')));
		const { text: content, pages, width, height } = await pdfText(bytes);
		expect({ pages, width: Math.round(width), height: Math.round(height) }).toEqual({ pages: 1, width: 842, height: 595 });
		for (const line of [
			'Open Stacks Fellowship',
			'Certificate of completion',
			'Yusuf El-Sayed',
			'Poster: حكايات الجدات',
			'in partnership with Joana Silva (Portugal)',
			'Verify at https://openstacks.example.org/certificates/2025/yusuf-el-sayed/',
		]) {
			expect(content).toContain(line);
		}
		const ukrainian = await pdfText(new Uint8Array(readFileSync(path.join(SAMPLE_DIST, 'certificates/2024/priya-deshpande/certificate.pdf'))));
		expect(ukrainian.text).toContain('Poster: Казки в укритті');
	});

	test('every member of every round has one', () => {
		const rounds = entryFiles(SAMPLE, 'rounds');
		let count = 0;
		for (const { id, file } of rounds) {
			const members = [...readFileSync(file, 'utf8').matchAll(/members: \[([^\]]+)\]/g)].flatMap((match) =>
				(match[1] ?? '').split(',').map((member) => member.trim()),
			);
			for (const member of members) {
				count += 1;
				expect(readFileSync(path.join(SAMPLE_DIST, 'certificates', id, member, 'index.html'), 'utf8'), `${id}/${member}`).toContain(
					'Certificate of completion',
				);
			}
		}
		expect(count).toBe(29);
	});
});

describe('search', () => {
	test('indexes events and opportunities under their own type', async () => {
		const page = await open('/search/');
		await page.waitForSelector('[data-filters-panel] input[type="checkbox"]');
		const types = await page.locator('[data-filters-panel] fieldset:has(legend:text("Type")) label').allInnerTexts();
		expect(types.join(' ')).toMatch(/Event/);
		expect(types.join(' ')).toMatch(/Opportunity/);
		await page.close();
	});
});
