/**
 * The program in figures, on the built sample: the figures page (its table,
 * charts, map, partnership network and open data), the maps on round and
 * country pages, the home page's figures, a person's partners, and the
 * checker's warning about the sample's deliberate mismatch.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { offlineContext, openPage, useBrowser } from '../support/browser.ts';
import { cleanEnvironment, PROJECT_ROOT, SAMPLE } from '../support/build.ts';

const siteUrl = inject('siteUrl');
const session = useBrowser();

const open = (sitePath: string): Promise<Page> => openPage(session.context, siteUrl, sitePath);

/** A file the site publishes, as text, with its content type. */
async function fetchFile(sitePath: string): Promise<{ text: string; type: string }> {
	const response = await session.context.request.get(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
	expect(response.status(), sitePath).toBe(200);
	return { text: await response.text(), type: response.headers()['content-type'] ?? '' };
}

const csvRows = (text: string): Record<string, string>[] => parse(text, { columns: true });

/** The rows of a table as the reader sees them: each row's header and cells, as text. */
function tableRows(page: Page, selector: string): Promise<string[][]> {
	return page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

describe('the figures page', () => {
	test('is in the header, titled in the program’s name, opening with the network’s headline numbers', async () => {
		const page = await open('/');
		await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Figures' }).click();
		expect(new URL(page.url()).pathname).toBe('/figures/');
		await expect(page.locator('h1').innerText()).resolves.toBe('Open Stacks in figures');
		await expect(page.locator('main .lede').innerText()).resolves.toBe(
			'Over 4 rounds, 29 participants from 27 countries on 6 continents, in 13 pairs and trios.',
		);
		await expect(page.locator('script').count()).resolves.toBe(0);
		await page.close();
	});

	test('every round in numbers: entered figures next to counted ones, and a note where the two disagree', async () => {
		const page = await open('/figures/');
		const rows = await tableRows(page, '.rounds-table');
		expect(rows.map((row) => row[0])).toEqual(['Round 2022', 'Round 2023', 'Round 2024', 'Round 2025']);
		// Round, applicants, countries applied from, participants, their countries, continents, pairs, trios, liaisons, posts…
		expect(rows[0]?.slice(0, 9)).toEqual(['Round 2022', '–', '–', '6', '6', '5', '3', '0', '2']);
		expect(rows[1]?.slice(0, 9)).toEqual(['Round 2023', '96', '38', '7', '7', '4', '2', '1', '3']);
		expect(rows[3]?.slice(0, 4)).toEqual(['Round 2025', '347', '61', '7']);
		await expect(page.getByRole('columnheader', { name: 'Entered by the coordinators' }).count()).resolves.toBe(1);
		await expect(page.getByRole('columnheader', { name: 'Counted from the site' }).count()).resolves.toBe(1);
		await expect(page.locator('main').innerText()).resolves.toContain(
			"Round 2023: the round's file gives 6 participants; its groups have 7, the number shown.",
		);
		await page.close();
	});

	test('one chart per figure: a titled SVG image named by its heading and summary sentence, and a table of the same numbers', async () => {
		const page = await open('/figures/');
		const charts = page.locator('section.chart');
		await expect(charts.count()).resolves.toBe(11);
		await expect(charts.locator('h3').allInnerTexts()).resolves.toEqual([
			'Applicants',
			'Countries applied from',
			'Participants',
			'Participants’ countries',
			'Continents',
			'Pairs and trios',
			'Liaisons',
			'Blog posts',
			'Testimonials',
			'Posters',
			'Convenings',
		]);
		const applicants = charts.filter({ has: page.getByRole('heading', { name: 'Applicants', exact: true }) });
		const image = applicants.getByRole('img');
		await expect(image.evaluate((svg) => svg.tagName)).resolves.toBe('svg');
		// The image's name is its heading and its sentence, so a screen reader hears both.
		const labelledBy = (await image.getAttribute('aria-labelledby'))?.split(' ') ?? [];
		const label = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent?.trim()).join(' '), labelledBy);
		expect(label).toBe('Applicants Applicants grew from 96 in Round 2023 to 347 in Round 2025.');
		await expect(image.locator('title').textContent()).resolves.toBe('Applicants per round');
		// Three bars: the pilot had no applicants.
		await expect(image.locator('rect.bar').count()).resolves.toBe(3);
		await applicants.locator('summary').click();
		expect(await tableRows(page, 'section.chart:has(h3:text-is("Applicants")) details')).toEqual([
			['Round 2022', 'not recorded'],
			['Round 2023', '96'],
			['Round 2024', '212'],
			['Round 2025', '347'],
		]);
		const participants = charts.filter({ has: page.getByRole('heading', { name: 'Participants', exact: true }) });
		await expect(participants.locator('.chart-summary').innerText()).resolves.toBe(
			'Participants grew from 6 in Round 2022 to 7 in Round 2025, with a high of 9 in Round 2024.',
		);
		await page.close();
	});

	test('on a phone, the charts stack one above the other and nothing is wider than the screen', async () => {
		const context = await offlineContext(session.browser, { viewport: { width: 360, height: 800 }, isMobile: true });
		const page = await context.newPage();
		await page.goto(new URL('figures/', siteUrl).href);
		const boxes = await page.locator('section.chart').evaluateAll((charts) => charts.map((chart) => chart.getBoundingClientRect().toJSON() as DOMRect));
		for (const [index, box] of boxes.entries()) {
			expect(box.width).toBeLessThanOrEqual(360);
			if (index > 0) expect(box.top).toBeGreaterThan(boxes[index - 1]?.bottom ?? 0);
		}
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		await context.close();
	});

	test('the world map: every country with participants is a link to its page, named with its count; small states are dots', async () => {
		const page = await open('/figures/');
		const map = page.locator('section:has(#map) figure.world-map');
		const links = map.locator('svg a');
		const countries = csvRows((await fetchFile('/figures/countries.csv')).text);
		expect(countries).toHaveLength(27);
		await expect(links.count()).resolves.toBe(countries.length);
		for (const country of countries) {
			const count = Number(country['participants']);
			const link = map.getByRole('link', { name: `${country['country']}: ${count} ${count === 1 ? 'participant' : 'participants'}`, exact: true });
			await expect(link.getAttribute('href'), country['country']).resolves.toBe(`/countries/${country['country_code']?.toLowerCase()}/`);
		}
		// Mauritius is not drawn at this scale: a dot marks it, and it is a link like the others.
		await expect(map.getByRole('link', { name: 'Mauritius: 1 participant' }).locator('circle').count()).resolves.toBe(1);
		await expect(map.getByRole('link', { name: 'Ghana: 2 participants' }).locator('path').count()).resolves.toBe(1);
		await expect(map.locator('figcaption').innerText()).resolves.toMatch(/27 countries/);
		await expect(map.locator('.legend li').allInnerTexts()).resolves.toEqual(['1 participant', '2 participants']);
		// The list by continent follows the map, with the same countries.
		const continents = page.locator('.continents h3');
		await expect(continents.allInnerTexts()).resolves.toEqual([
			'Africa · 5 countries',
			'Asia · 9 countries',
			'Europe · 4 countries',
			'North America · 3 countries',
			'South America · 4 countries',
			'Oceania · 2 countries',
		]);
		await expect(page.locator('.continents a').count()).resolves.toBe(countries.length);
		await page.close();
	});

	test('the partnership network: a chord diagram, the most connected countries, and the pairs of countries in a table', async () => {
		const page = await open('/figures/');
		const network = page.locator('figure.network');
		await expect(network.getByRole('img').getAttribute('aria-labelledby')).resolves.toBe('network-title network-summary');
		const partnerships = csvRows((await fetchFile('/figures/partnerships.csv')).text);
		const pairs = new Map<string, number>();
		for (const row of partnerships) {
			const key = `${row['country_a_name']} – ${row['country_b_name']}`;
			pairs.set(key, (pairs.get(key) ?? 0) + Number(row['groups']));
		}
		await expect(network.locator('path.ribbon').count()).resolves.toBe(pairs.size);
		const rows = await tableRows(page, 'table.pairs');
		expect(rows).toHaveLength(pairs.size);
		expect(rows[0]).toEqual(['Colombia – Ghana', '2 groups', '2022, 2023']);
		for (const [pair, groups] of pairs) expect(rows.find((row) => row[0] === pair)?.[1], pair).toBe(`${groups} ${groups === 1 ? 'group' : 'groups'}`);
		await expect(page.locator('.most-connected').innerText()).resolves.toBe(
			'Bangladesh, Brazil, Finland, India, Indonesia, Japan, Mauritius, New Zealand, and Ukraine were partnered with the most countries: 2 each.',
		);
		await page.close();
	});

	test('open data: four files linked with their licence, holding the numbers the page shows and nothing personal', async () => {
		const page = await open('/figures/');
		const section = page.locator('section:has(#open-data)');
		for (const name of ['rounds.csv', 'countries.csv', 'partnerships.csv', 'program.json']) {
			await expect(section.getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(`/figures/${name}`);
		}
		await expect(section.locator('a[rel="license"]').innerText()).resolves.toBe('CC-BY-4.0');
		await expect(section.locator('a[rel="license"]').getAttribute('href')).resolves.toBe('https://creativecommons.org/licenses/by/4.0/');

		const roundsFile = await fetchFile('/figures/rounds.csv');
		expect(roundsFile.type).toMatch(/^text\/csv/);
		const rounds = csvRows(roundsFile.text);
		const table = await tableRows(page, '.rounds-table');
		expect(
			rounds.map((row) => [row['title'], row['applicants'] || '–', row['applicant_countries'] || '–', row['participants'], row['participant_countries']]),
		).toEqual(table.map((row) => row.slice(0, 5)));
		expect(rounds.find((row) => row['round'] === '2023')).toMatchObject({ participants_entered: '6', participants: '7', start: '2023-02-01' });

		const json = JSON.parse((await fetchFile('/figures/program.json')).text);
		expect(json.license).toEqual({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(json.totals).toEqual({ rounds: 4, participants: 29, countries: 27, continents: 6, groups: 13 });
		expect(json.rounds.map((row: Record<string, unknown>) => row['participants'])).toEqual(rounds.map((row) => Number(row['participants'])));
		expect(json.countries).toHaveLength(csvRows((await fetchFile('/figures/countries.csv')).text).length);
		expect(json.files['rounds.csv']).toBe('https://openstacks.example.org/figures/rounds.csv');

		// Counts and country names only: no address, no person's id or name.
		for (const name of ['rounds.csv', 'countries.csv', 'partnerships.csv', 'program.json']) {
			const { text } = await fetchFile(`/figures/${name}`);
			expect(text, name).not.toMatch(/@|adaeze|Okafor|Lucía|Yaba Community Library/);
		}
		await page.close();
	});
});

describe('maps and partners on other pages', () => {
	test('a round’s page maps its own countries, lists them by continent and shows its partnerships', async () => {
		const page = await open('/rounds/2024/');
		const map = page.locator('figure.world-map');
		await expect(map.locator('svg a').count()).resolves.toBe(9);
		await expect(map.getByRole('link', { name: 'Ukraine: 1 participant' }).getAttribute('href')).resolves.toBe('/countries/ua/');
		// Countries of other rounds are not links on this round's map.
		await expect(map.getByRole('link', { name: /^Ghana/ }).count()).resolves.toBe(0);
		await expect(page.getByRole('heading', { name: 'This round’s countries' }).count()).resolves.toBe(1);
		await expect(page.locator('.continents a').count()).resolves.toBe(9);
		await expect(page.locator('table.pairs tbody tr').count()).resolves.toBe(6);
		await page.close();
	});

	test('a country’s page highlights it on the map, with its partner countries', async () => {
		const page = await open('/countries/gh/');
		const current = page.getByRole('link', { name: 'Ghana: 2 participants' });
		await expect(current.getAttribute('aria-current')).resolves.toBe('page');
		await expect(current.locator('path.current').count()).resolves.toBe(1);
		await expect(page.locator('figure.world-map .ring').count()).resolves.toBe(1);
		await expect(page.locator('figure.world-map figcaption').innerText()).resolves.toMatch(/Ghana on the map of the network: 2 participants in 2 rounds\./);
		await expect(page.locator('.on-the-map p').innerText()).resolves.toBe('Partnered with librarians from Colombia.');
		// A country with no participants (a coordinator's) is still marked on the map.
		const netherlands = await open('/countries/nl/');
		await expect(netherlands.locator('figure.world-map svg .current').count()).resolves.toBe(1);
		await expect(netherlands.locator('figure.world-map .legend').innerText()).resolves.toContain('Netherlands');
		await netherlands.close();
		await page.close();
	});

	test('the home page: the latest round with its change since the one before, and the map as a small picture', async () => {
		const page = await open('/');
		const block = page.locator('section.home-figures');
		await expect(block.locator('h2').innerText()).resolves.toBe('Round 2025 in numbers');
		// As a screen reader reads each card: the term, its value, its change (the value is shown first).
		const cards = await block
			.locator('.figures > div')
			.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
		expect(cards).toEqual([
			'applicants 347 135 more than in Round 2024',
			'countries applied from 61 7 more than in Round 2024',
			'participants 7 2 fewer than in Round 2024',
			'countries taking part 7 2 fewer than in Round 2024',
		]);
		const map = block.getByRole('link', { name: /World map of the participants’ 27 countries/ });
		await expect(map.getAttribute('href')).resolves.toBe('/figures/');
		const image = map.locator('img');
		await image.scrollIntoViewIfNeeded();
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		const picture = await fetchFile('/figures/map.svg');
		expect(picture.type).toMatch(/^image\/svg\+xml/);
		expect(picture.text).toContain('prefers-color-scheme:dark');
		await page.close();
	});

	test('the default social card shows the headline numbers, and its text alternative says them', async () => {
		const page = await open('/about/');
		await expect(page.locator('meta[property="og:image:alt"]').getAttribute('content')).resolves.toBe(
			'Open Stacks Fellowship: 29 participants, 27 countries, 6 continents, and 4 rounds',
		);
		const card = await session.context.request.get(new URL('social-card.png', siteUrl).href);
		const { width, height } = await sharp(await card.body()).metadata();
		expect([width, height]).toEqual([1200, 630]);
		await page.close();
	});

	test('a person’s page lists everyone they were partnered with, and their liaison, in every round', async () => {
		const page = await open('/people/jonas-becker/');
		const section = page.locator('section:has(h2:text("In the program"))');
		await expect(section.locator('.partners-summary').innerText()).resolves.toBe('Partnered with 1 librarian from 1 country in 1 round.');
		const lines = await section.locator('li').allInnerTexts();
		expect(lines).toEqual([
			'Round 2023: liaison for Nino Beridze (Georgia) and Hannah Walsh (Australia)',
			'Round 2022: partnered with Shanice Campbell (Jamaica), with Marieke de Vries as liaison',
		]);
		await page.close();
	});
});

describe('the sample’s deliberate mismatch', () => {
	test('npm run check prints the warning, naming the file, the field and both numbers, and passes', () => {
		const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts')], {
			cwd: PROJECT_ROOT,
			encoding: 'utf8',
			env: { ...cleanEnvironment(), INTERLIBRARY_CONTENT: SAMPLE, FORCE_COLOR: '0' },
		});
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status, output).toBe(0);
		expect(output).toContain('1 warning about the content:');
		expect(output).toContain(
			"examples/open-stacks/content/rounds/2023.yaml:15: `figures.participants` says 6, but the round's groups have 7 people; correct one of them",
		);
		expect(output).toMatch(/Content is fine: no problems found, 1 warning above \([\d.]+ s\)\. Warnings do not stop the build/);
	});
});
