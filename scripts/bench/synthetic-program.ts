/**
 * A synthetic program of any size, written as a content folder: people from
 * many countries, rounds with pairs and trios, posts in several languages,
 * testimonials, convenings, and posters with real PDFs (made by
 * the sample program's poster generator, examples/open-stacks/tools/sample-posters.ts). Seeded, so the same sizes give the same files.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { isCountryCode } from '../../src/lib/countries.ts';
import { makeRng } from '../lib/random.ts';
import { SOURCES } from '../../src/schemas/collections.ts';

const PDF_NAME = SOURCES.posters.attachment.defaultName;

export interface ProgramSize {
	posts: number;
	testimonials: number;
	posters: number;
	people: number;
	rounds: number;
}

export const LARGE: ProgramSize = { posts: 2000, testimonials: 500, posters: 300, people: 800, rounds: 20 };

/** A program after ten years: a thousand posters, kept in a repository rather than in git. */
export const HUGE: ProgramSize = { posts: 10000, testimonials: 2500, posters: 1000, people: 3000, rounds: 40 };

const WORDS: Record<string, string[]> = {
	en: 'library reading club children partner call archive shelf story community librarian neighbourhood list week volunteers loan catalogue workshop language books evening youth collection poster round visit method question school borrow quiet hour study space makerspace memory grandparents map notes survey'.split(
		' ',
	),
	es: 'biblioteca lectura club niños socia llamada archivo estante cuento comunidad bibliotecaria barrio lista semana voluntarios préstamo catálogo taller idioma libros tarde jóvenes colección cartel ronda visita método pregunta escuela'.split(
		' ',
	),
	pt: 'biblioteca leitura clube crianças parceira chamada arquivo estante história comunidade bibliotecária bairro lista semana voluntários empréstimo catálogo oficina língua livros noite jovens coleção cartaz rodada visita'.split(
		' ',
	),
	fr: 'bibliothèque lecture club enfants partenaire appel archive rayon conte communauté bibliothécaire quartier liste semaine bénévoles prêt catalogue atelier langue livres soirée jeunes collection affiche'.split(
		' ',
	),
	ar: 'مكتبة قراءة نادي أطفال شريكة مكالمة أرشيف رف حكاية مجتمع أمينة حي قائمة أسبوع متطوعون إعارة فهرس ورشة لغة كتب مساء شباب مجموعة ملصق جولة زيارة'.split(
		' ',
	),
	uk: 'бібліотека читання клуб діти партнерка дзвінок архів полиця казка громада бібліотекарка район список тиждень волонтери позика каталог майстерня мова книжки вечір молодь колекція плакат'.split(
		' ',
	),
};
const LANGUAGES: [string, number][] = [
	['en', 0.7],
	['es', 0.1],
	['pt', 0.07],
	['ar', 0.05],
	['fr', 0.05],
	['uk', 0.03],
];
const TAGS =
	'partnership,outreach,reading,children,archives,makerspaces,oral history,multilingual,study spaces,time zones,storytelling,community memory,teens,catalogues,convening,evaluation,volunteers,digital skills,health information,local history,accessibility,collections,training,advocacy,literacy,maps,music,games,gardens,film'.split(
		',',
	);
const SYLLABLES = 'ka,lo,mi,an,ra,te,su,no,el,ba,di,ya,zu,ri,ko,ma,la,ne,sa,ti,vo,ha,ju,pe'.split(',');

/**
 * Writes the program into `dir`. `posterPdfs` are files (copied or linked beside each
 * poster), or https addresses (named in `pdf:`, as for posters kept in a repository).
 */
export async function writeSyntheticProgram(dir: string, size: ProgramSize, posterPdfs: string[], seed = 11): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	const rand = makeRng(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
	const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	};
	const frontmatter = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}`;
	const word = () => pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : '');
	const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
	const sentence = (lang: string, words: number) => capital(Array.from({ length: words }, () => pick(WORDS[lang] ?? WORDS['en'] ?? [])).join(' ')) + '.';
	const paragraph = (lang: string) => Array.from({ length: between(3, 6) }, () => sentence(lang, between(8, 18))).join(' ');
	const language = () => {
		let roll = rand();
		for (const [lang, share] of LANGUAGES) if ((roll -= share) < 0) return lang;
		return 'en';
	};
	const iso = (date: Date) => date.toISOString().slice(0, 10);

	const countries: string[] = [];
	for (let a = 65; a <= 90; a++)
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			if (isCountryCode(code)) countries.push(code);
		}

	write(
		'program.yaml',
		stringify({
			name: 'Synthetic Exchange',
			shortName: 'Synthetic',
			tagline: 'A program made up for the benchmark.',
			description: 'Librarians from many countries, matched in pairs and trios, round after round.',
			site: 'https://bench.example.org',
			email: 'bench@example.org',
			languages: ['en', 'es', 'pt', 'fr', 'ar', 'uk'],
		}),
	);
	write('pages/about.md', frontmatter({ title: 'About', description: 'About the synthetic program.' }, `${paragraph('en')}\n`));

	const cover = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7d8c' } })
		.jpeg()
		.toBuffer();
	write('blog/images/cover-1.jpg', '');
	writeFileSync(path.join(dir, 'blog/images/cover-1.jpg'), cover);

	const firstYear = 2026 - size.rounds;
	const rounds = Array.from({ length: size.rounds }, (_, index) => ({ id: String(firstYear + index), year: firstYear + index, members: [] as string[] }));
	const people = Array.from({ length: size.people }, (_, index) => {
		const name = `${capital(word())} ${capital(word())}`;
		const id = `person-${index + 1}`;
		const round = rounds[index % rounds.length];
		round?.members.push(id);
		return { id, name, country: pick(countries), round: round?.id ?? '' };
	});
	for (const person of people) {
		write(
			`people/${person.id}.yaml`,
			stringify({
				name: person.name,
				roles: ['participant'],
				library: `${capital(word())} Public Library`,
				city: capital(word()),
				country: person.country,
				rounds: [person.round],
				bio: sentence('en', 14),
			}),
		);
	}
	const groups: { round: string; members: string[] }[] = [];
	for (const round of rounds) {
		const roundGroups: { members: string[] }[] = [];
		for (let index = 0; index + 1 < round.members.length;) {
			const take = round.members.length - index === 3 || (rand() < 0.2 && round.members.length - index >= 5) ? 3 : 2;
			roundGroups.push({ members: round.members.slice(index, index + take) });
			groups.push({ round: round.id, members: round.members.slice(index, index + take) });
			index += take;
		}
		write(
			`rounds/${round.id}.yaml`,
			stringify({
				title: `Round ${round.id}`,
				start: `${round.year}-02-01`,
				end: `${round.year}-07-31`,
				summary: sentence('en', 20),
				figures: {
					applicants: between(100, 400),
					applicantCountries: between(30, 70),
					participants: round.members.length,
					participantCountries: new Set(round.members.map((id) => people.find((p) => p.id === id)?.country)).size,
				},
				groups: roundGroups,
				prompts: [sentence('en', 10), sentence('en', 12)],
			}),
		);
	}

	for (let index = 0; index < size.posts; index++) {
		const author = pick(people);
		const year = Number(author.round);
		const lang = language();
		const date = new Date(Date.UTC(year, between(1, 11), between(1, 28)));
		const body = Array.from({ length: between(4, 7) }, (_, i) =>
			i % 3 === 2 ? `## ${capital(sentence(lang, 4).slice(0, -1))}\n\n${paragraph(lang)}` : paragraph(lang),
		).join('\n\n');
		const data: Record<string, unknown> = {
			title: capital(sentence(lang, between(4, 8)).slice(0, -1)),
			date: iso(date),
			authors: [author.id],
			tags: [pick(TAGS), pick(TAGS)],
			round: author.round,
			summary: sentence(lang, 18),
			lang,
		};
		if (index % 20 === 0) data['cover'] = { src: '../images/cover-1.jpg', alt: 'A plain teal cover' };
		write(`blog/${year}/post-${index + 1}.md`, frontmatter(data, `${body}\n`));
	}
	for (let index = 0; index < size.testimonials; index++) {
		const author = pick(people);
		const lang = language();
		write(
			`testimonials/testimonial-${index + 1}.md`,
			frontmatter(
				{
					author: author.id,
					round: author.round,
					date: `${Number(author.round)}-09-${String(between(1, 28)).padStart(2, '0')}`,
					quote: sentence(lang, 10),
					lang,
				},
				`${paragraph(lang)}\n\n${paragraph(lang)}\n`,
			),
		);
	}
	for (let index = 0; index < Math.min(size.rounds, 12); index++) {
		const round = rounds[index];
		write(
			`convenings/convening-${index + 1}.md`,
			frontmatter(
				{
					title: `Convening ${round?.id}`,
					format: index % 3 === 0 ? 'virtual' : 'in-person',
					start: `${round?.year}-06-10`,
					...(index % 3 === 0 ? {} : { location: { city: capital(word()), country: pick(countries) } }),
					round: round?.id,
					summary: sentence('en', 16),
				},
				`${paragraph('en')}\n\n${paragraph('en')}\n`,
			),
		);
	}
	for (let index = 0; index < size.posters; index++) {
		const group = groups[index % groups.length];
		const pdf = posterPdfs[index % posterPdfs.length];
		if (!group || !pdf) break;
		const folder = `posters/poster-${index + 1}`;
		const remote = /^https:\/\//.test(pdf);
		write(
			`${folder}/index.md`,
			frontmatter(
				{ title: capital(sentence('en', 5).slice(0, -1)), authors: group.members, round: group.round, topics: [pick(TAGS)], pdf: remote ? pdf : PDF_NAME },
				`${paragraph('en')}\n`,
			),
		);
		if (remote) continue;
		// Posters beyond the number of distinct PDFs reuse one; a hard link saves the disk a copy.
		try {
			linkSync(pdf, path.join(dir, folder, PDF_NAME));
		} catch {
			copyFileSync(pdf, path.join(dir, folder, PDF_NAME));
		}
	}
}
