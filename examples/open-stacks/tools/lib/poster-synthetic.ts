// Seeded generator of varied synthetic posters, for benchmarks and stress
// tests of renderPosterPdfs(). The same (count, seed) always yields the same
// specs: page sizes, languages, section counts, text lengths, figures and
// illustrations all vary.

import { ILLUSTRATION_KINDS, makeRng } from './poster-illustrations.ts';
import type { PosterFigure, PosterImage, PosterPartner, PosterSection, PosterSize, PosterSpec, Txt } from './poster-types.ts';
import { A0_LANDSCAPE, A0_PORTRAIT, A1_LANDSCAPE, A1_PORTRAIT, A2_PORTRAIT, A3_PORTRAIT } from './poster-types.ts';

interface LanguageBank {
	lang: string;
	dir: 'ltr' | 'rtl';
	titles: string[];
	subtitles: string[];
	headings: string[];
	sentences: string[];
	figureTitles: string[];
	figureLabels: string[];
	numberLabels: string[];
	quotes: string[];
	captions: string[];
}

const BANKS: LanguageBank[] = [
	{
		lang: 'en',
		dir: 'ltr',
		titles: [
			'Open Shelves, Open Doors',
			'The Library After School',
			'Borrowing Tools, Lending Skills',
			'Stories on the Move',
			'A Room for Every Language',
			'Counting What Matters',
			'Quiet Hours, Loud Ideas',
			'From Storeroom to Studio',
		],
		subtitles: [
			'What two branch libraries learned from six months of calls',
			'A comparison of small changes in three community libraries',
			'Notes from a peer-mentoring partnership',
			'How a shared tally sheet changed our questions',
		],
		headings: [
			'Background',
			'What we did',
			'What we learned',
			'Numbers',
			'Next steps',
			'Who took part',
			'What did not work',
			'Method',
			'Questions for other libraries',
		],
		sentences: [
			'We met every second week on a video call and kept a shared notebook of everything we tried.',
			'Our two libraries serve very different neighbourhoods, but the same questions came up in both.',
			'Most of the changes we tested cost less than the price of a box of new books.',
			'Children were the first to notice when a shelf moved, and the first to tell us what they thought.',
			'We counted visitors with the same one-page sheet in both buildings, every half hour.',
			'The busiest hour of the day turned out to be the one we had never staffed properly.',
			'Volunteers from the neighbourhood did more of the work than any of us expected.',
			'We learned to write the summary of each call on the same day, or it was never written.',
			'Several families told us they had not known the library lent anything except books.',
			'The smallest change, moving a display closer to the entrance, had the largest effect on loans.',
			'We disagreed about opening hours and decided to say so honestly on this poster.',
			'Staff on evening shifts felt left out of decisions taken in daytime meetings.',
			'A printed guide in two languages answered most of the questions people used to ask at the desk.',
			'Next year we want to repeat the count in winter, when the building is used very differently.',
			'Everything we made, from the tally sheet to the loan card, is free to reuse under an open licence.',
		],
		figureTitles: ['Visits per week', 'Loans by month', 'Participants per session', 'What people were doing'],
		figureLabels: ['February', 'March', 'April', 'May', 'June', 'July', 'Studying', 'Reading', 'Computers', 'Workshops', 'Story time'],
		numberLabels: ['sessions held', 'people took part', 'books lent from the display', 'volunteers', 'languages on the shelves', 'calls between partners'],
		quotes: [
			'“I did not know the library was open this late.”',
			'“Now my daughter asks to come here on Saturdays.”',
			'“The best question came from a seven-year-old.”',
		],
		captions: ['Illustration made for this poster.', 'An afternoon in the reading room.', 'Where we met: three rooms, one idea.'],
	},
	{
		lang: 'es',
		dir: 'ltr',
		titles: [
			'Estantes abiertos',
			'La biblioteca después de clases',
			'Prestar herramientas, compartir saberes',
			'Cuentos en movimiento',
			'Una sala para cada lengua',
		],
		subtitles: [
			'Lo que aprendieron dos bibliotecas en seis meses de llamadas',
			'Pequeños cambios en tres bibliotecas comunitarias',
			'Notas de una mentoría entre pares',
		],
		headings: ['Antecedentes', 'Lo que hicimos', 'Lo que aprendimos', 'En cifras', 'Próximos pasos', 'Quiénes participaron', 'Lo que no funcionó', 'Método'],
		sentences: [
			'Nos reunimos cada dos semanas por videollamada y llevamos un cuaderno compartido con todo lo que probamos.',
			'Nuestras bibliotecas atienden a barrios muy distintos, pero las mismas preguntas aparecieron en ambas.',
			'Casi todos los cambios costaron menos que una caja de libros nuevos.',
			'Los niños fueron los primeros en notar que un estante se había movido.',
			'Contamos a las personas con la misma hoja en los dos edificios, cada media hora.',
			'Las personas voluntarias del barrio hicieron más trabajo del que esperábamos.',
			'Aprendimos a escribir el resumen de cada llamada el mismo día.',
			'Varias familias no sabían que la biblioteca prestaba algo más que libros.',
			'El cambio más pequeño, acercar la exhibición a la entrada, tuvo el mayor efecto en los préstamos.',
			'Todo lo que hicimos se puede reutilizar con una licencia abierta.',
		],
		figureTitles: ['Visitas por semana', 'Préstamos por mes', 'Participantes por sesión'],
		figureLabels: ['Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Lectura', 'Talleres', 'Computadoras'],
		numberLabels: ['sesiones', 'participantes', 'préstamos de la exhibición', 'personas voluntarias', 'lenguas en los estantes'],
		quotes: ['«No sabía que la biblioteca abría tan tarde.»', '«Ahora mi hija pide venir los sábados.»'],
		captions: ['Ilustración hecha para este póster.', 'Una tarde en la sala de lectura.'],
	},
	{
		lang: 'pt',
		dir: 'ltr',
		titles: ['Estantes abertas', 'A biblioteca depois da escola', 'Histórias em movimento', 'Uma sala para cada língua'],
		subtitles: ['O que duas bibliotecas aprenderam em seis meses de conversas', 'Pequenas mudanças em bibliotecas comunitárias'],
		headings: ['Contexto', 'O que fizemos', 'O que aprendemos', 'Em números', 'Próximos passos', 'Quem participou', 'O que não funcionou'],
		sentences: [
			'Encontrámo-nos de quinze em quinze dias por videochamada e mantivemos um caderno partilhado.',
			'As duas bibliotecas servem bairros muito diferentes, mas as mesmas perguntas surgiram em ambas.',
			'Quase todas as mudanças custaram menos do que uma caixa de livros novos.',
			'As crianças foram as primeiras a reparar que uma estante tinha mudado de lugar.',
			'Contámos os visitantes com a mesma folha nos dois edifícios, de meia em meia hora.',
			'Os voluntários do bairro fizeram mais trabalho do que esperávamos.',
			'Várias famílias não sabiam que a biblioteca emprestava mais do que livros.',
			'Tudo o que fizemos pode ser reutilizado com uma licença aberta.',
		],
		figureTitles: ['Visitas por semana', 'Empréstimos por mês', 'Participantes por sessão'],
		figureLabels: ['Fevereiro', 'Março', 'Abril', 'Maio', 'Junho', 'Julho', 'Leitura', 'Oficinas'],
		numberLabels: ['sessões', 'participantes', 'empréstimos', 'voluntários', 'línguas nas estantes'],
		quotes: ['«Não sabia que a biblioteca abria até tão tarde.»', '«Agora a minha filha pede para vir ao sábado.»'],
		captions: ['Ilustração feita para este cartaz.', 'Uma tarde na sala de leitura.'],
	},
	{
		lang: 'uk',
		dir: 'ltr',
		titles: ['Відкриті полиці', 'Бібліотека після уроків', 'Історії в дорозі', 'Кімната для кожної мови'],
		subtitles: ['Чого навчилися дві бібліотеки за пів року розмов', 'Маленькі зміни в громадських бібліотеках'],
		headings: ['Передумови', 'Що ми зробили', 'Що ми дізналися', 'У цифрах', 'Наступні кроки', 'Хто взяв участь', 'Що не спрацювало'],
		sentences: [
			'Ми зустрічалися щодва тижні на відеодзвінку і вели спільний зошит усього, що пробували.',
			'Наші бібліотеки працюють у дуже різних районах, але ті самі питання виникали в обох.',
			'Майже всі зміни коштували менше, ніж коробка нових книжок.',
			'Діти першими помічали, що полиця змінила місце, і першими казали, що про це думають.',
			'Ми рахували відвідувачів за однаковою формою в обох будівлях щопівгодини.',
			'Волонтери з району зробили більше роботи, ніж ми очікували.',
			'Кілька родин не знали, що бібліотека позичає не лише книжки.',
			'Усе, що ми зробили, можна використовувати повторно за відкритою ліцензією.',
		],
		figureTitles: ['Відвідування за тиждень', 'Видачі за місяць', 'Учасники на заняття'],
		figureLabels: ['Лютий', 'Березень', 'Квітень', 'Травень', 'Червень', 'Липень', 'Читання', 'Майстерні'],
		numberLabels: ['занять', 'учасників', 'видач з виставки', 'волонтерів', 'мов на полицях'],
		quotes: ['«Я не знала, що бібліотека працює так пізно».', '«Тепер донька просить приходити щосуботи».'],
		captions: ['Ілюстрація, створена для цього постера.', 'День у читальній залі.'],
	},
	{
		lang: 'ar',
		dir: 'rtl',
		titles: ['رفوف مفتوحة', 'المكتبة بعد المدرسة', 'حكايات متنقّلة', 'غرفة لكل لغة'],
		subtitles: ['ما تعلّمته مكتبتان خلال ستة أشهر من اللقاءات', 'تغييرات صغيرة في مكتبات مجتمعية'],
		headings: ['الخلفية', 'ماذا فعلنا', 'ماذا تعلّمنا', 'بالأرقام', 'الخطوات القادمة', 'من شارك', 'ما الذي لم ينجح'],
		sentences: [
			'التقينا مرة كل أسبوعين عبر مكالمة فيديو، ودوّنا كل ما جرّبناه في دفتر مشترك.',
			'تخدم مكتبتانا حيّين مختلفين جدًا، لكن الأسئلة نفسها ظهرت في كلتيهما.',
			'كلّفت معظم التغييرات أقل من ثمن صندوق كتب جديدة.',
			'كان الأطفال أول من لاحظ أن رفًّا قد تغيّر مكانه.',
			'عددنا الزوّار بالورقة نفسها في المبنيين كل نصف ساعة.',
			'قام متطوعو الحيّ بعمل أكثر مما توقعنا.',
			'لم تكن عائلات كثيرة تعرف أن المكتبة تعير أشياء غير الكتب.',
			'كل ما صنعناه متاح لإعادة الاستخدام بترخيص مفتوح.',
		],
		figureTitles: ['الزيارات في الأسبوع', 'الإعارات في الشهر', 'المشاركون في كل جلسة'],
		figureLabels: ['فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'القراءة', 'الورش'],
		numberLabels: ['جلسة', 'مشاركًا', 'إعارة من العرض', 'متطوعًا', 'لغات على الرفوف'],
		quotes: ['«لم أكن أعرف أن المكتبة تفتح حتى هذا الوقت.»', '«صارت ابنتي تطلب المجيء كل سبت.»'],
		captions: ['رسم توضيحي أُعدّ لهذا الملصق.', 'بعد الظهر في قاعة المطالعة.'],
	},
];

const EXTRA_QUOTES: Txt[] = [
	{ text: 'गोष्ट ऐकताना भीती थोडी लहान होते.', lang: 'mr', dir: 'ltr' },
	{ text: 'Padiuxi!', lang: 'zap', dir: 'ltr' },
	{ text: 'Ka mua, ka muri.', lang: 'mi', dir: 'ltr' },
];

const CITIES: { city: string; country: string; lat: number; lon: number }[] = [
	{ city: 'Accra', country: 'Ghana', lat: 5.6, lon: -0.19 },
	{ city: 'Bogotá', country: 'Colombia', lat: 4.71, lon: -74.07 },
	{ city: 'Tbilisi', country: 'Georgia', lat: 41.72, lon: 44.79 },
	{ city: 'Kraków', country: 'Poland', lat: 50.06, lon: 19.94 },
	{ city: 'Dhaka', country: 'Bangladesh', lat: 23.81, lon: 90.41 },
	{ city: 'Valparaíso', country: 'Chile', lat: -33.05, lon: -71.62 },
	{ city: 'Tunis', country: 'Tunisia', lat: 36.8, lon: 10.18 },
	{ city: 'Kharkiv', country: 'Ukraine', lat: 49.99, lon: 36.23 },
	{ city: 'Belém', country: 'Brazil', lat: -1.46, lon: -48.5 },
	{ city: 'Kampala', country: 'Uganda', lat: 0.35, lon: 32.58 },
	{ city: 'Hobart', country: 'Australia', lat: -42.88, lon: 147.33 },
	{ city: 'Halifax', country: 'Canada', lat: 44.65, lon: -63.57 },
	{ city: 'Beirut', country: 'Lebanon', lat: 33.89, lon: 35.5 },
	{ city: 'Cusco', country: 'Peru', lat: -13.53, lon: -71.97 },
	{ city: 'Ghent', country: 'Belgium', lat: 51.05, lon: 3.72 },
	{ city: 'Kochi', country: 'India', lat: 9.93, lon: 76.27 },
];

const FIRST = [
	'Amina',
	'Bruno',
	'Chiara',
	'Dmytro',
	'Esi',
	'Farah',
	'Gabriel',
	'Hana',
	'Ines',
	'Jomo',
	'Karin',
	'Luis',
	'Maya',
	'Nadia',
	'Omar',
	'Paula',
	'Rahul',
	'Sofía',
	'Tariq',
	'Yara',
];
const LAST = [
	'Mensah',
	'Costa',
	'Romano',
	'Kovalenko',
	'Owusu',
	'Nasser',
	'Silva',
	'Novak',
	'Duarte',
	'Otieno',
	'Lund',
	'Herrera',
	'Rao',
	'Haddad',
	'Farouk',
	'Moreno',
	'Iyer',
	'Castillo',
	'Aziz',
	'Khoury',
];
const LIB_KINDS = [
	'Community Library',
	'Public Library, Central Branch',
	'Neighbourhood Reading Room',
	'Children’s Library',
	'University Learning Commons',
	'Municipal Library',
];
const ACCENTS = ['#0b6e4f', '#1f5fa8', '#b4462b', '#333b8a', '#0f6f7a', '#6a3d7a', '#b0246a', '#7a5c12', '#2d6a4f', '#9d0208'];
const SIZES: PosterSize[] = [A1_PORTRAIT, A1_PORTRAIT, A1_PORTRAIT, A0_LANDSCAPE, A0_PORTRAIT, A1_LANDSCAPE, A2_PORTRAIT, A3_PORTRAIT];

export interface SyntheticOptions {
	seed?: number;
	/** Prefix of the generated slugs; default "synthetic". */
	prefix?: string;
}

/** Returns `count` varied, reproducible poster specs. */
export function makeSyntheticPosters(count: number, options: SyntheticOptions = {}): PosterSpec[] {
	const rng = makeRng(options.seed ?? 20240201);
	const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		const v = items[Math.floor(rng() * items.length)];
		if (v === undefined) throw new Error('empty list');
		return v;
	};
	const prefix = options.prefix ?? 'synthetic';
	const out: PosterSpec[] = [];
	for (let n = 1; n <= count; n++) {
		const bank = pick(BANKS);
		const size = pick(SIZES);
		const area = (size.widthMm * size.heightMm) / (594 * 841);
		// Bigger pages get more text, but every poster stays within fitting range.
		const sentenceBudget = Math.max(10, Math.round((18 + rng() * 34) * Math.sqrt(area)));
		const sectionCount = int(4, 6);
		const headings = [...bank.headings].sort(() => rng() - 0.5).slice(0, sectionCount);
		const sections: PosterSection[] = headings.map((heading, i) => {
			const nSent = Math.max(2, Math.round(sentenceBudget / sectionCount + (rng() - 0.5) * 3));
			const sentences = Array.from({ length: nSent }, () => pick(bank.sentences));
			const paragraphs: string[] = [];
			while (sentences.length > 0) paragraphs.push(sentences.splice(0, int(2, 4)).join(' '));
			const section: PosterSection = { heading, text: paragraphs };
			if (rng() < 0.3) section.bullets = Array.from({ length: int(2, 4) }, () => pick(bank.sentences));
			if (rng() < 0.25) section.quote = { text: rng() < 0.3 ? pick(EXTRA_QUOTES) : pick(bank.quotes), attribution: pick(FIRST) };
			if (bank.lang !== 'en' && i === 0) {
				section.summary = {
					label: { text: 'English summary', lang: 'en' },
					text: { text: pick(BANKS[0]?.sentences ?? ['Summary.']) + ' ' + pick(BANKS[0]?.sentences ?? ['']), lang: 'en' },
				};
			}
			return section;
		});
		const partnerCount = rng() < 0.3 ? 3 : 2;
		const partners: PosterPartner[] = Array.from({ length: partnerCount }, () => {
			const c = pick(CITIES);
			return { name: `${pick(FIRST)} ${pick(LAST)}`, library: `${c.city} ${pick(LIB_KINDS)}`, city: c.city, country: c.country, lat: c.lat, lon: c.lon };
		});
		const figures: PosterFigure[] = [];
		const nBars = int(3, 6);
		figures.push({
			kind: 'bars',
			title: pick(bank.figureTitles),
			items: Array.from({ length: nBars }, (_, i) => ({ label: bank.figureLabels[i % bank.figureLabels.length] ?? String(i + 1), value: int(5, 400) })),
		});
		if (rng() < 0.7) {
			figures.push({
				kind: 'numbers',
				title: pick(bank.figureTitles),
				items: Array.from({ length: rng() < 0.5 ? 2 : 4 }, () => ({ label: pick(bank.numberLabels), value: int(2, 2000) })),
			});
		}
		const images: PosterImage[] = Array.from({ length: rng() < 0.4 ? 2 : 1 }, () => ({
			illustration: pick(ILLUSTRATION_KINDS),
			alt: pick(bank.captions),
			caption: pick(bank.captions),
			seed: int(1, 1_000_000),
			aspect: pick([1.33, 1.5, 1.6, 1.8]),
		}));
		const round = String(int(2022, 2026));
		const spec: PosterSpec = {
			slug: `${prefix}-${String(n).padStart(3, '0')}`,
			title: pick(bank.titles),
			subtitle: pick(bank.subtitles),
			lang: bank.lang,
			dir: bank.dir,
			partners,
			sections,
			figures,
			images,
			size,
			accent: pick(ACCENTS),
			round,
			group: partners.map((p) => p.city).join('–'),
			liaison: `${pick(FIRST)} ${pick(LAST)}`,
			url: `openstacks.example.org/posters/${prefix}-${n}/`,
		};
		if (rng() < 0.6) spec.lead = [pick(bank.sentences), pick(bank.sentences)].join(' ');
		out.push(spec);
	}
	return out;
}
