// The seven sample posters of the "Open Stacks Fellowship" demo content.
//
// Who made each poster (partners, round, group, liaison, licence) is read from
// the sample's own content files (see sample-content.ts); the text printed on
// the posters follows their index.md descriptions and the blog posts of each
// group. All text is invented for the sample programme.

import type { PosterSpec, Txt } from './poster-types.ts';
import { A0_LANDSCAPE, A1_PORTRAIT, A2_PORTRAIT } from './poster-types.ts';
import { samplePosterFacts } from './sample-content.ts';

const en = (text: string): Txt => ({ text, lang: 'en' });
const es = (text: string): Txt => ({ text, lang: 'es' });
const pt = (text: string): Txt => ({ text, lang: 'pt' });

// ---------------------------------------------------------------------------
// 1. Lagos–Lima (English, A1 portrait)
// ---------------------------------------------------------------------------

const lagosLima: PosterSpec = {
	slug: 'lagos-lima',
	...samplePosterFacts('lagos-lima'),
	title: 'Reading Clubs Without Walls',
	subtitle: 'How two community libraries shared one reading list across an ocean',
	lang: 'en',
	accent: '#0b6e4f',
	size: A1_PORTRAIT,
	lead: 'From February to July 2024, the teen reading club at Yaba Community Library in Lagos and the Thursday adult reading club at Biblioteca Municipal de Surquillo in Lima read the same six books, in English and Spanish. The two clubs never shared a room. They shared a list, a calendar, 94 one-minute voice notes and, once, a single screen.',
	sections: [
		{
			heading: 'Background',
			text: [
				'Yaba Community Library serves students, traders and families from the streets around Tejuosho market and runs three weekly reading clubs: one for 9 to 12-year-olds, one for teenagers, and one for apprentices at a mechanic’s yard. Biblioteca Municipal de Surquillo is run by the district; its Thursday club for adult readers has met, with a few changes of members, since 2011.',
				'When the fellowship paired us, we found we had the same problems: loyal clubs, the same few voices in every discussion, and books that members could not afford to buy. We wanted to know what happens to a club when its members know that strangers on another continent are reading the same pages that month.',
			],
		},
		{
			heading: 'What we did',
			text: 'Before choosing a single title we agreed three rules: every book had to be in print in both English and Spanish; at least two had to be by African or Latin American writers; and nothing could run over 250 pages, because many members read on the danfo in Lagos or the combi in Lima.',
			bullets: [
				'**Meeting points.** Yaba reads a chapter a week; Surquillo reads a whole book in two weeks. From the second book on we set shared dates on which both clubs discussed the same chapters.',
				'**Voice notes.** After each session each club recorded three or four one-minute notes. We wrote short summaries in the other language, helped by a Spanish teacher at the school next to the Yaba library.',
				'**One joint session.** On a Saturday in April, 24 readers, twelve on each side, met on a single screen at 9 a.m. in Lima and 3 p.m. in Lagos, with Thandi Nkosi moderating.',
				'**Beyond the clubs.** Copies travelled on Surquillo’s Sunday book cart in the market, with a card saying “This book is also being read in Lagos”, and to the apprentices’ club at a mechanic’s yard in Yaba.',
			],
		},
		{
			heading: 'House rules, side by side',
			text: 'We wrote down the rules of both clubs before the experiment. Neither of us had realised how many unwritten ones there were.',
			table: {
				head: ['', 'Yaba (teens)', 'Surquillo (adults)'],
				rows: [
					['Meets', 'Saturday afternoons', 'Thursday evenings'],
					['Pace', 'One chapter a week', 'One book in two weeks'],
					['Who chooses', 'Members vote on a shortlist', 'A rotating host'],
					['Phones', 'Allowed, to look things up', 'Switched off'],
					['Spoilers', 'Nothing past this week’s chapter', 'Welcome'],
					['Snacks', 'Members take turns', 'Tea and bread from the library'],
				],
			},
			bullets: [
				'**Yaba would change:** let fast readers finish early and leave spoiler notes, sealed, for the others.',
				'**Surquillo would change:** read long books chapter by chapter, and let grandchildren come along.',
			],
		},
		{
			heading: 'What we learned',
			text: [
				'**Reading at the same time matters more than reading in the same way.** Members in both cities said that knowing the other club was on the same chapter carried them through the slow middle of a book.',
				'**Translation starts conversations.** One word that sounded affectionate in English and insulting in Spanish led to a whole session on what our mothers used to call us.',
				'**Audio beats video.** The video connection dropped often; the voice notes always arrived, and people played them more than once.',
				'**The age gap is an asset.** Surquillo’s readers, most of them over fifty, listened closely to the teenagers from Yaba, and the teenagers kept asking for more notes from “the aunties and uncles in Lima”.',
			],
			quote: {
				text: es('Estos chicos leen el libro como si fuera sobre ellos. Nosotros lo leemos como si fuera sobre nuestros padres.'),
				attribution:
					'Señora Carmen, Thursday club, Surquillo: “These kids read the book as if it were about them. We read it as if it were about our parents.”',
			},
		},
		{
			heading: 'In numbers',
			text: 'Counts from our shared log, February to July 2024. Members could join late, so the number who finished each book grew as the clubs grew.',
		},
		{
			heading: 'Next steps',
			bullets: [
				'Run a shared list again in 2025, this time between the 9 to 12 club in Yaba and a school club in Surquillo.',
				'Publish our list rules, voice-note prompts and house-rules template under CC BY 4.0.',
				'Keep the card on the market cart: readers in both cities still write on it.',
				'Try a second joint session with audio only, which was easier to follow than video.',
			],
			text: 'Six hours of time difference turned out to be kind: one of us is always awake at a reasonable hour. The harder part was the connection, and the easiest fix was to need less of it.',
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'Members who finished each book (both clubs)',
			items: [
				{ label: 'Book 1 · short novel', value: 19 },
				{ label: 'Book 2 · stories', value: 23 },
				{ label: 'Book 3 · memoir', value: 21 },
				{ label: 'Book 4 · graphic novel', value: 17 },
				{ label: 'Book 5 · play', value: 25 },
				{ label: 'Book 6 · stories', value: 26 },
			],
			caption: 'The play was the easiest book to discuss across languages: both clubs read parts of it aloud.',
			after: 4,
		},
		{
			kind: 'numbers',
			title: 'The six months at a glance',
			items: [
				{ label: 'books read in both clubs', value: 6 },
				{ label: 'one-minute voice notes (51 from Yaba, 43 from Surquillo)', value: 94 },
				{ label: 'readers on one screen at the joint session', value: 24 },
				{ label: 'pages: the longest book allowed', value: 250 },
			],
			after: 4,
		},
	],
	images: [
		{
			illustration: 'map',
			alt: 'Stylised night map of the world with dashed lines linking Lagos and Lima, each marked by a small open book',
			caption: 'Lagos and Lima: six hours apart, on the same page every week.',
			after: 0,
			aspect: 1.6,
		},
		{
			illustration: 'reading-club',
			alt: 'Illustration of readers with open books around a table between two bookshelves, with the sea in the window',
			caption: 'Two clubs, one list: six books read in parallel between February and July 2024.',
			after: 1,
		},
	],
};

// ---------------------------------------------------------------------------
// 2. Lviv–Pune–Tampere (Ukrainian, English summary, Marathi quotation; A1)
// ---------------------------------------------------------------------------

const lvivPuneTampere: PosterSpec = {
	slug: 'lviv-pune-tampere',
	...samplePosterFacts('lviv-pune-tampere'),
	title: 'Казки в укритті',
	subtitle: en('Reading aloud to children during air-raid alerts, and what Pune and Tampere learned from it'),
	lang: 'uk',
	accent: '#1f5fa8',
	size: A1_PORTRAIT,
	lead: 'Від 2022 року, коли під час роботи бібліотеки лунає сирена, усі, хто є в будівлі, спускаються в укриття, і хтось із нас читає дітям уголос, доки не пролунає відбій. Ми провели вже понад триста таких читань. Разом із колегами з Пуне та Тампере ми описали цю практику як простий метод для будь-якого місця, де дітям доводиться чекати.',
	sections: [
		{
			heading: 'Укриття в підвалі',
			text: [
				'До лютого 2022 року наш підвал був коморою. Тепер тут лавки вздовж двох стін, килим, який подарувала меблева крамниця з вулиці Городоцької, коробка ліхтариків і близько двохсот книжок-картинок, які ніколи не піднімаються нагору.',
				'Під час тривоги вниз спускаються всі: діти, батьки, працівниці, читачі газет. Одна з нас читає вголос, доки не пролунає відбій. Найдовше таке читання тривало чотири години сорок хвилин.',
			],
			summary: {
				label: 'English summary',
				text: en(
					'Since 2022, whenever the air-raid siren sounds during opening hours, everyone in the Lviv Regional Children’s Library goes down to the basement shelter and a librarian reads aloud until the all-clear. We have logged more than 300 sessions; the longest lasted 4 hours 40 minutes. Books wait in crates sorted by length, funny stories come first, every child has a job, and parents may read in any language. Pune adapted the method for monsoon power cuts, and Hervanta in Tampere for long, dark winter afternoons.',
				),
			},
		},
		{
			heading: 'Як це влаштовано',
			text: 'Ми вчилися одна в одної, спершу не дуже вдало. Тепер у нас є чотири правила:',
			bullets: [
				'**Книжки обрано заздалегідь.** Вони лежать у ящиках за тривалістю: історії до п’яти хвилин, історії приблизно на п’ятнадцять і книжки з розділами для довгих тривог. Ніхто не повинен обирати книжку під звук сирени.',
				'**Спочатку смішні, потім тихі.** Діти спускаються наляканими або знудженими, і те, і те легше пережити зі сміхом. Тихі книжки читаємо пізніше, коли малюки втомлюються.',
				'**Кожна дитина має завдання:** тримати ліхтарик, гортати сторінки, рахувати людей у кімнаті. Рекорд — 63 людини, у листопаді.',
				'**Батьки теж читають**, будь-якою мовою. Ми чули казки кримськотатарською, польською і одного разу — жестовою мовою.',
			],
			quote: {
				text: 'Одна мама розповіла, що її син вважає укриття особливою читальнею, яка відчиняється лише тоді, коли місто в біді. Я вирішила його не виправляти.',
				attribution: 'Оксана Мельник',
			},
		},
		{
			heading: 'Пуне: коли зникає світло',
			text: [
				'У читальні імені Савітрібаї Пхуле діти чекають щодня: поки батьки закінчать роботу, поки повернеться світло під час мусонних відключень, поки оголосять результати іспитів. Прія Дешпанде зібрала такі самі ящики, як у Львові: історії на п’ять хвилин, на десять і «поки не закрутиться вентилятор». Назву останнього ящика вигадали самі діти.',
			],
			quote: {
				text: { text: 'गोष्ट ऐकताना भीती थोडी लहान होते.', lang: 'mr', dir: 'ltr' },
				attribution: 'Дівчинка, 8 років, читальня в Пуне, під час відключення світла. Переклад з маратхі: «Коли слухаєш історію, страх стає трохи меншим».',
			},
		},
		{
			heading: 'Тампере: довгі зимові вечори',
			text: [
				'У бібліотеці в Герванті, районі Тампере, взимку темніє вже о третій дня. Багато родин приходять просто для того, щоб побути в теплі й при світлі, серед них сім’ї, які нещодавно переїхали до Фінляндії і ще не говорять фінською.',
				'Томас Віртанен запровадив «годину ящиків»: ті самі короткі й довгі історії, книжки-картинки без слів і батьки, які читають своїми мовами. Він також знайшов невеликий грант, з якого ми надрукували цей постер.',
			],
		},
		{
			heading: 'У цифрах',
			text: 'Дані з журналу читань Львівської обласної бібліотеки для дітей, 2022–2024 роки.',
		},
		{
			heading: 'Короткий посібник для бібліотек',
			text: 'Двосторінковий посібник для нових колег ми написали після запитання Томаса про навчання персоналу. Ось його суть:',
			bullets: [
				'Підготуйте ящики книжок за тривалістю читання і тримайте їх там, де чекають діти.',
				'Починайте зі смішного, закінчуйте тихим.',
				'Дайте кожній дитині роль, навіть найменшу.',
				'Запросіть батьків читати будь-якою мовою.',
				'Ведіть простий журнал: дата, тривалість, кількість людей, хто читав.',
				'Домовтеся, хто читає, а хто стежить за дітьми, і дайте читачам відпочити після довгих тривог.',
			],
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'Тривалість читань в укритті (312 читань)',
			items: [
				{ label: 'до 15 хв', value: 71 },
				{ label: '15–30 хв', value: 104 },
				{ label: '30–60 хв', value: 86 },
				{ label: '1–2 год', value: 39 },
				{ label: 'понад 2 год', value: 12 },
			],
			after: 4,
		},
		{
			kind: 'numbers',
			title: 'Головне',
			items: [
				{ label: 'читань в укритті з 2022 року', value: 312 },
				{ label: 'найдовше читання', value: 280, display: '4:40' },
				{ label: 'людей у підвалі — рекорд', value: 63 },
				{ label: 'книжок-картинок, які не піднімаються нагору', value: 200, display: '≈200' },
			],
			after: 4,
		},
	],
	images: [
		{
			illustration: 'shelter-story',
			alt: 'Ілюстрація: бібліотекарка читає дітям на ковдрах у підвалі під теплою лампою, на стіні дитячі малюнки',
			caption: 'Укриття бібліотеки: лавки, килим, ліхтарики і книжки, які ніколи не піднімаються нагору.',
			after: 0,
		},
		{
			illustration: 'map',
			alt: 'Stylised map with dashed lines linking Lviv, Pune and Tampere',
			caption: 'Львів, Пуне, Тампере: три місця, де дітям доводиться чекати.',
			after: 3,
			aspect: 1.7,
		},
	],
};

// ---------------------------------------------------------------------------
// 3. Amman–Nairobi (Arabic, RTL, English section summaries; A1)
// ---------------------------------------------------------------------------

const ammanNairobi: PosterSpec = {
	slug: 'amman-nairobi',
	...samplePosterFacts('amman-nairobi'),
	title: 'المكتبة مساحةً للصناعة',
	subtitle: en('Makerspaces in two community libraries'),
	lang: 'ar',
	dir: 'rtl',
	accent: '#b4462b',
	size: A1_PORTRAIT,
	lead: 'حوّلت كلٌّ من مكتبة جبل اللويبدة المجتمعية في عمّان ومكتبة كيبيرا في نيروبي غرفةً صغيرة إلى مساحة للصناعة والإصلاح والتعلّم. خلال دورة 2024 من زمالة «أوبن ستاكس» تبادلنا ثلاث أفكار: إعارة الأدوات ببطاقات مثل الكتب، ووضع الكتب على بُعد ذراع من طاولة العمل، وجلسات خياطة صباحية للأمهات.',
	sections: [
		{
			heading: 'مكتبتان وغرفتان',
			text: [
				'في عمّان، كانت المساحة الإبداعية قبل عامين مخزنًا للكراسي المكسورة وصناديق المجلات القديمة. نظّفها متطوعون من الحي في عطلة نهاية أسبوع واحدة، ووُضعت فيها ماكينتا خياطة وطابعة ثلاثية الأبعاد تبرّعت بها شركة هندسية محلية.',
				'في نيروبي، مكتبة كيبيرا أصغر من مكتبة عمّان لكنها مزدحمة طوال اليوم. نصف الشباب الذين يدخلونها يصلحون شيئًا مقابل أجر: هواتف وأجهزة راديو ومصابيح شمسية وأسلاك بيوت الجيران. ويدير الورشة ستة متطوعين تتراوح أعمارهم بين السابعة عشرة والثانية والعشرين.',
			],
			summary: {
				label: en('In English'),
				text: en(
					'In Amman, the makerspace was a storeroom for broken chairs until two years ago; neighbourhood volunteers cleared it, and it now holds two sewing machines and a donated 3D printer. Kibera’s library in Nairobi is smaller but busy all day: half its young visitors repair phones, radios and solar lamps for a living, and six volunteers aged 17 to 22 run the workshop.',
				),
			},
		},
		{
			heading: 'المخطّطان جنبًا إلى جنب',
			text: 'رسمنا مخطّط كل مكتبة وتتبّعنا بالأسهم حركة الزوّار خلال أسبوع. في عمّان يفصل جدارٌ وممرٌّ بين الرفوف والغرفة الخلفية: من يأتي للخياطة لا يمرّ بالرفوف، ومن يأتي للقراءة لا يعرف أن في الغرفة طابعةً ثلاثية الأبعاد. في كيبيرا يقع رفّ كتب الكهرباء والميكانيكا فوق طاولة العمل مباشرةً، فتدور الحركة بين الكتاب والأداة دون توقّف.',
			summary: {
				label: en('In English'),
				text: en(
					'We drew both floor plans and traced visitors’ movements with arrows for a week. In Amman a wall and a corridor separate the shelves from the back-room workshop; in Kibera the electrical and mechanics books sit on a shelf right above the workbench.',
				),
			},
		},
		{
			heading: 'ثلاث أفكار تبادلناها',
			text: 'انتقلت الأفكار في الاتجاهين، وكانت كلها صغيرة ورخيصة:',
			bullets: [
				'**إعارة الأدوات مثل الكتب.** في كيبيرا لكل أداة بطاقة استعارة، ومدة الإعارة ثلاثة أيام، والغرامة عشرة شلنات في اليوم، وتُلغى إذا أعاد المستعير الأداة وكتب على البطاقة شيئًا تعلّمه.',
				'**الكتاب على بُعد ذراع.** نقلنا في عمّان كتب الخياطة والتصميم والحِرف اليدوية إلى رفّ داخل المساحة الإبداعية نفسها.',
				'**جلسات خياطة صباحية للأمهات.** فكرة انتقلت من عمّان إلى كيبيرا: استعارت المكتبة ماكينتَي خياطة من خيّاط في حيّ أولمبيك، وبدأت جلسات صباح الثلاثاء حين تكون الورشة فارغة.',
			],
			quote: {
				text: '«إذا لم يكن الكتاب على بُعد ذراع من الأداة، فلن يفتحه أحد.»',
				attribution: 'وانجيرو كاماو',
			},
			summary: {
				label: en('In English'),
				text: en(
					'Three ideas crossed between the libraries: lending tools with cards, like books (three-day loans and a fine of ten shillings a day, cancelled if you write what you learned on the card); keeping the books within arm’s reach of the workbench; and morning sewing sessions for mothers, which travelled from Amman to Kibera.',
				),
			},
		},
		{
			heading: 'بالأرقام',
			text: 'أرقام من ستة أشهر من العمل، من شباط/فبراير إلى تموز/يوليو 2024. جهاز القياس الكهربائي المتعدد هو أكثر المواد استعارةً في مكتبة كيبيرا كلها، متقدّمًا على أي كتاب.',
			summary: {
				label: en('In English'),
				text: en(
					'In June, Kibera’s five multimeters went out 143 times, more than any book. Tuesday-morning sewing sessions grew from four women in the first week to nineteen in the sixth, with a waiting list.',
				),
			},
		},
		{
			heading: 'ما تعلّمناه',
			text: [
				'لم تكن المشكلة في المعدات، بل في المسافة بين الورشة وبقية المكتبة.',
				'الأدوات وحدها لا تصنع مساحة للصناعة، بل يصنعها الشباب الذين تعلّموا في المكتبة ثم صاروا يعلّمون غيرهم. في كيبيرا يعلّم متطوعان إصلاح الهواتف لمجموعة الخياطة، وأصلحت مجموعة الخياطة ملابس عمل المتطوعين.',
				'كتب الخياطة والمشاريع الصغيرة التي بقيت سنةً على الرف السفلي في كيبيرا استُعيرت كلها بعد بدء الجلسات.',
			],
			quote: {
				text: '«المكتبة التي فيها نوع واحد من الصناعة ورشة، والمكتبة التي فيها أنواع كثيرة حيّ.»',
				attribution: 'رانيا حداد',
			},
			summary: {
				label: en('In English'),
				text: en(
					'The problem was never the equipment but the distance between the workshop and the rest of the library. Young people who learned in the library now teach others, and the tailoring and small-business books that sat untouched for a year have all been borrowed.',
				),
			},
		},
		{
			heading: 'الخطوات القادمة',
			bullets: [
				'إعارة ماكينة الخياطة الثانية في عمّان إلى البيوت لمدة أسبوع، مع دليل مصوّر بالعربية والإنجليزية.',
				'طالبتان من المدرسة المجاورة تديران ساعة أسبوعية في ورشة عمّان.',
				'نشرة مرافقة للملصق بالإنجليزية والسواحيلية، ونموذج بطاقة إعارة الأدوات بترخيص مفتوح.',
			],
			text: [],
			summary: {
				label: en('In English'),
				text: en(
					'Next: lending Amman’s second sewing machine for a week at a time with an illustrated guide, handing a weekly workshop hour to two students from the neighbouring school, and an English and Kiswahili handout with an openly licensed tool-loan card.',
				),
			},
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'المشاركات في جلسات الخياطة الصباحية في كيبيرا',
			items: [
				{ label: 'الأسبوع 1', value: 4 },
				{ label: 'الأسبوع 2', value: 7 },
				{ label: 'الأسبوع 3', value: 9 },
				{ label: 'الأسبوع 4', value: 13 },
				{ label: 'الأسبوع 5', value: 16 },
				{ label: 'الأسبوع 6', value: 19 },
			],
			caption: 'بعد الأسبوع السادس صارت هناك قائمة انتظار.',
			after: 3,
		},
		{
			kind: 'numbers',
			title: 'أرقام سريعة',
			items: [
				{ label: 'إعارة لأجهزة القياس الكهربائي في حزيران/يونيو (كيبيرا)', value: 143 },
				{ label: 'أجهزة قياس فقط تملكها المكتبة', value: 5 },
				{ label: 'أيام مدة إعارة الأداة', value: 3 },
				{ label: 'متطوعين يديرون ورشة كيبيرا', value: 6 },
			],
			after: 3,
		},
	],
	images: [
		{
			illustration: 'floorplans',
			alt: 'مخطّطان لمكتبتين جنبًا إلى جنب، مع أسهم تبيّن حركة الزوّار بين الرفوف وطاولات العمل',
			caption: 'إلى اليسار: عمّان، الورشة في غرفة خلفية. إلى اليمين: كيبيرا، الكتب فوق طاولة العمل. الأسهم تبيّن حركة الزوّار.',
			after: 1,
			aspect: 1.5,
		},
		{
			illustration: 'makerspace',
			alt: 'رسم توضيحي لطاولة عمل عليها طابعة ثلاثية الأبعاد وحاسوب وماكينة خياطة، وخلفها لوح أدوات',
			caption: 'رسم توضيحي: طاولة العمل ولوح الأدوات.',
			after: 4,
		},
	],
};

// ---------------------------------------------------------------------------
// 4. Cebu–Winnipeg (English, A0 landscape)
// ---------------------------------------------------------------------------

const cebuWinnipeg: PosterSpec = {
	slug: 'cebu-winnipeg',
	...samplePosterFacts('cebu-winnipeg'),
	title: 'Study Spaces After Dark',
	subtitle: 'Extended opening hours in two cities',
	lang: 'en',
	accent: '#333b8a',
	size: A0_LANDSCAPE,
	lead: 'On one night in each library, a few weeks before the Cape Town convening, we used the same tally sheet to count everyone in the building after 8 p.m.: what they were doing, and when they left. In Cebu City we counted 418 students at 2 a.m. In Winnipeg we counted 137 people between 8 and 9 p.m., fewer than a third of them students.',
	sections: [
		{
			heading: 'Two libraries, two kinds of night',
			text: [
				'**Cebu City.** During exam weeks the University of the Visayas Learning Commons stays open 24 hours a day, five days in a row. We started in 2023, after students told us they were revising in fast-food restaurants near the Colon Street campus, the only places open late with air conditioning and sockets. Four staff work the night shift with two security guards, and free coffee is served between midnight and 3 a.m.',
				'**Winnipeg.** The Millennium Branch closes at 9 p.m., so the question is not how long to stay open but who is in the building for the last two hours. In winter, at minus thirty, evening users include students, newcomers coming from English classes, and people with nowhere warm to go. Outreach workers join the warming space on Tuesday and Thursday evenings.',
			],
		},
		{
			heading: 'One tally sheet, two nights',
			text: 'Every 30 minutes from 8 p.m., one of us walked a fixed route and marked each person in one of six activities, and noted when people left. We did not ask names, ages or reasons: the sheet records only what can be seen.',
			table: {
				head: ['', 'Cebu City', 'Winnipeg'],
				rows: [
					['Night counted', 'Exam week, Tuesday into Wednesday', 'An ordinary weeknight'],
					['Open after 8 p.m.', 'All night', 'One hour'],
					['Highest count', '418 at 2 a.m.', '137 between 8 and 9 p.m.'],
					['Students', 'Everyone (university ID)', 'Fewer than a third'],
					['On duty', '4 staff, 2 guards', '3 staff, 1 guard, 2 outreach workers'],
					['Left last', 'Around 6 a.m.', 'At closing, 9 p.m.'],
				],
			},
		},
		{
			heading: 'What evening users need',
			text: 'In both cities the list was short: light, power and permission to stay.',
			bullets: [
				'**Light.** Many Cebu students share a boarding-house room and a single bulb. In Winnipeg light matters most in winter, when it is dark before 5 p.m.',
				'**Power.** Sockets were the most contested seats in both buildings. At 2 a.m. in Cebu, 25 people were there only to charge a phone or a laptop.',
				'**Permission to stay.** The people we counted rarely needed help from staff. They needed to know that nobody would ask them to leave.',
			],
			quote: {
				text: 'The night shift is where you learn what your library is really for.',
				attribution: 'Claire Dubois',
			},
		},
		{
			heading: 'What we found in common',
			bullets: [
				'Late-evening users are not the same people as daytime users, and our surveys rarely reach them.',
				'Staff on late shifts feel cut off from decisions made in daytime meetings.',
				'Security depends on relationships more than on cameras. Both of us know guards who calm a situation better than any training we have sat through.',
				'Students need light, power and permission to stay more than they need silence.',
			],
			text: [],
		},
		{
			heading: 'The point we never agreed on',
			text: [
				'Maria thinks longer hours are the point: if students need somewhere to be at 3 a.m., the library should be that place, and the count in Cebu shows how many do.',
				'Claire worries that all-night opening in Winnipeg would let the library quietly stand in for services a city should provide elsewhere, and fund properly: shelters and warming centres with their own staff.',
				'Our liaison, Marieke de Vries, suggested that this disagreement might be the most honest part of our poster. We have left it unresolved on purpose.',
			],
		},
		{
			heading: 'Next steps',
			bullets: [
				'Repeat the count in both libraries on a winter night and on an exam night, with the same sheet.',
				'Share the tally sheet under CC BY 4.0 so that other libraries can count their own evenings.',
				'Invite night-shift staff and guards to a daytime planning meeting at least once a month.',
				'Ask evening users, at night, what they would change.',
			],
			text: [],
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'Cebu City: people in the Learning Commons, by hour',
			items: [
				{ label: '8 p.m.', value: 236 },
				{ label: '10 p.m.', value: 331 },
				{ label: 'Midnight', value: 389 },
				{ label: '2 a.m.', value: 418 },
				{ label: '4 a.m.', value: 274 },
				{ label: '6 a.m.', value: 96 },
			],
			caption: 'At 2 a.m.: 251 studying alone, 104 in groups, 38 asleep, 25 charging devices.',
			after: 1,
		},
		{
			kind: 'bars',
			title: 'Winnipeg: what the 137 people were doing, 8–9 p.m.',
			items: [
				{ label: 'Studying', value: 40 },
				{ label: 'Computers or charging', value: 34 },
				{ label: 'Resting, keeping warm', value: 31 },
				{ label: 'Reading', value: 19 },
				{ label: 'English conversation group', value: 13 },
			],
			caption: '40 of 137 were studying: 29%, fewer than a third.',
			after: 2,
		},
		{
			kind: 'numbers',
			title: 'Two nights in four numbers',
			items: [
				{ label: 'students in Cebu at 2 a.m.', value: 418 },
				{ label: 'people in Winnipeg between 8 and 9 p.m.', value: 137 },
				{ label: 'of Winnipeg’s evening users were students', value: 29, display: '29%' },
				{ label: 'nights a week of 24-hour opening in Cebu exam weeks', value: 5 },
			],
			after: 2,
		},
	],
	images: [
		{
			illustration: 'night-study',
			alt: 'Illustration of a library building at night with lit windows, students at desk lamps, a crescent moon and a street lamp',
			caption: 'After 8 p.m. the building belongs to a different crowd.',
			after: 0,
		},
	],
};

// ---------------------------------------------------------------------------
// 5. Sendai–Recife–Dunedin (English, Portuguese quotation; A1; CC BY-SA)
// ---------------------------------------------------------------------------

const sendaiRecifeDunedin: PosterSpec = {
	slug: 'sendai-recife-dunedin',
	...samplePosterFacts('sendai-recife-dunedin'),
	title: 'Community Memory Archives',
	subtitle: 'Three coasts, one method for collecting neighbourhood memory',
	lang: 'en',
	accent: '#0f6f7a',
	size: A1_PORTRAIT,
	lead: 'Three small archives on three coasts tested one shared method for collecting neighbourhood memory in 2025. This poster describes the method, not our collections: other libraries can use a method; they cannot use our photographs.',
	sections: [
		{
			heading: 'Three coasts',
			text: [
				'**Sendai.** Since the earthquake and tsunami of March 2011, the Sendai Mediatheque Local Archives have recorded more than 2,000 accounts from coastal districts such as Arahama. Most come from older residents who had the time and transport to visit us.',
				'**Recife.** Coque lies between the mangrove and the city centre, a neighbourhood with much history and little of it written down. Its community library, a two-room house near the Joana Bezerra metro station, records older residents door to door, sitting on the pavement with a recorder and a notebook.',
				'**Ōtākou, Dunedin.** On the Otago Peninsula memory lives with whānau and with places. Some taonga cannot be separated from where they come from, and an archive that carries things away to a city building can do harm even with good intentions.',
			],
		},
		{
			heading: 'One method in three parts',
			bullets: [
				'**A short question set** for a conversation about a single object, used in Japanese, Portuguese, te reo Māori and English. Five questions, one cup of tea.',
				'**A finding list** instead of a storeroom: where each object is, its story, and how it may be visited, so that objects can stay with their families.',
				'**One way of photographing:** from above, on the same printed cotton cloth, with a ruler alongside. Kenji posted two tenugui, festival hand towels from Sendai, to Recife and two to Dunedin, so our three collections look like parts of one project.',
			],
			text: [],
		},
		{
			heading: 'Consent before every recording',
			text: 'In Coque every recording now starts with three questions. They came out of a call in which Aroha asked whose memory a recording is. All three archives now ask them, each in its own language.',
			table: {
				head: ['Pergunta (Coque)', 'In English'],
				rows: [
					[pt('Quem pode ouvir esta gravação?'), 'Who may listen to this recording: the family, the neighbourhood, or anyone?'],
					[pt('Pode ser usada na escola do bairro?'), 'May it be used in the neighbourhood school?'],
					[pt('Se você faltar, quem decide?'), 'If you are gone, who decides?'],
				],
			},
			quote: {
				text: pt('Minha neta decide. Ela é a única que tem paciência de escutar a história inteira.'),
				attribution:
					'Dona Lourdes, 84, Coque, answering the third question: “My granddaughter decides. She is the only one patient enough to listen to the whole story.”',
			},
		},
		{
			heading: 'One object from each coast',
			text: [
				'**Sendai: a festival cloth.** A tenugui printed for the 1998 summer festival of Arahama, a district destroyed by the tsunami. Its owner found it in a box at her sister’s house inland. It is one of perhaps three objects that still carry the neighbourhood association’s name. It stayed in the archive because, she said, her grandchildren would not know what it was.',
				'**Recife: a map drawn by hand.** The streets of Coque as residents remember them, with the mangrove before the landfills, drawn with a ballpoint pen on the back of a calendar.',
				'**Ōtākou: a wharf.** A photograph of a wharf that no longer exists, kept by a whānau and photographed with their permission. It stays with them; the finding list says where it is and who to ask.',
			],
			quote: {
				text: { text: 'Ka mua, ka muri.', lang: 'mi', dir: 'ltr' },
				attribution: 'Whakataukī chosen by the whānau at Ōtākou: walking backwards into the future, with our eyes on the past.',
			},
		},
		{
			heading: 'What did not work the first time',
			text: [
				'**Our first question set was far too long:** twenty questions for a conversation that people wanted to keep to one cup of tea. We cut it to five.',
				'**In Dunedin nobody wanted to be recorded on a first visit.** Now the first visit is for talking and looking only; the recorder comes out on the second visit, if at all.',
				'**Children drifted away from talk about objects.** In Sendai we borrowed an old form of street storytelling, kamishibai, in which a narrator slides picture cards through a small wooden frame. Residents’ photographs became the cards and grandparents told the story behind each one. Coque made its own cards, drawn by the children of the homework club.',
			],
		},
		{
			heading: 'Where we are now',
			text: [
				'Between the three of us we have 17 recorded conversations, more than forty objects photographed on the same blue cloth, and a finding list of 23 objects that stay with their families. The question set, the consent questions and the finding-list template are free to reuse under CC BY-SA 4.0.',
				'Thanks to the whānau of Ōtākou, who let us photograph their things, to the residents of Coque and Arahama, and to Priya Deshpande, our liaison.',
			],
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'Conversations recorded with the shared question set',
			items: [
				{ label: 'Sendai', value: 6 },
				{ label: 'Recife (Coque)', value: 7 },
				{ label: 'Dunedin (Ōtākou)', value: 4 },
			],
			caption: 'Each archive planned five. Coque went door to door; in Ōtākou the recorder waited for second visits.',
			after: 5,
		},
		{
			kind: 'numbers',
			title: 'The method so far',
			items: [
				{ label: 'recorded conversations', value: 17 },
				{ label: 'objects on the finding list', value: 23 },
				{ label: 'objects photographed on the same cloth', value: 40, display: '40+' },
				{ label: 'languages: Japanese, Portuguese, te reo Māori, English', value: 4 },
			],
			after: 5,
		},
	],
	images: [
		{
			illustration: 'cloth',
			alt: 'Illustration seen from above of an indigo cotton cloth with a white wave pattern, with a photograph, a spinning top and a knotted rope on it and a ruler alongside',
			caption: 'Objects are photographed from above on the same printed cloth, with a ruler alongside.',
			after: 1,
		},
		{
			illustration: 'archive',
			alt: 'Illustration of photographs pegged on a string above archive boxes, a cassette recorder and a microphone, with waves in the corner',
			caption: 'Photographs, cassettes and boxes: most of what we record stays with the families.',
			after: 3,
		},
	],
};

// ---------------------------------------------------------------------------
// 6. Cairo–Porto (Arabic with Portuguese; A2 portrait)
// ---------------------------------------------------------------------------

const cairoPorto: PosterSpec = {
	slug: 'cairo-porto',
	...samplePosterFacts('cairo-porto'),
	title: 'حكايات الجدات',
	subtitle: pt('Histórias das avós: oral-history corners for children in Cairo and Porto'),
	lang: 'ar',
	dir: 'rtl',
	accent: '#6a3d7a',
	size: A2_PORTRAIT,
	lead: 'أنشأت مكتبة شبرا للأطفال في القاهرة ومكتبة ألميدا غاريت البلدية في بورتو ركنين صغيرين للحكايات، تجلس فيهما الجدّات مع الأطفال ليحكين عن طفولتهن وعن الحيّ كما كان. بين مارس ومايو 2025 عقدنا سبع جلسات يوم الخميس في شبرا وست جلسات يوم السبت في بورتو.',
	sections: [
		{
			heading: 'الركن',
			subheading: pt('O canto'),
			text: [
				'في كل مكتبة ركن ثابت: سجادة، ومقعد منخفض للأطفال، وكرسيان للراويات، وصندوق أشياء قديمة، وجهاز تسجيل. في شبرا يقع الركن في غرفة الأطفال، وهي الأكثر ازدحامًا بعد المدرسة، وتحكي الجدّات باللهجة المصرية. في بورتو يقع الركن في غرفة الحديقة ويُفتح صباح السبت.',
				'بدأت الفكرة من حلقة قراءة الأجداد في شبرا، حيث تأتي الجدّات بعد ظهر الخميس ليقرأن لأحفادهن، وأحيانًا يتركن الكتاب ويحكين عن الحيّ.',
			],
		},
		{
			heading: 'الراويات والراوي',
			subheading: pt('As contadoras e o contador'),
			text: 'شاركت أربع عشرة جدّةً وجدٌّ واحد. في بورتو يأتي كبار السن من حيَّي ميراغايا وماساريلوش ليتحدثوا عن المدينة قبل السيّاح. والجدّ الوحيد، السيد أبيليو، عمل على قوارب النهر، ويحضر معه حبلًا ما زال يعقده وعيناه مغمضتان.',
			quote: {
				text: pt('Contei à minha neta como era lavar a roupa no rio. Ela não acreditou.'),
				attribution: 'دونا فرناندا، بورتو: «حكيت لحفيدتي كيف كنّا نغسل الثياب في النهر. لم تصدّقني.»',
			},
		},
		{
			heading: 'أسئلة الأطفال',
			subheading: pt('As perguntas das crianças'),
			text: 'في شبرا يكتب طفل كل أسبوع أفضل سؤال على بطاقة. هذه الأسئلة التي تكرّرت أكثر من غيرها في المدينتين، بالعربية والبرتغالية:',
			table: {
				head: ['السؤال', pt('A pergunta')],
				rows: [
					['بماذا كنتِ تلعبين حين كنتِ صغيرة؟', pt('Com que brincava quando era pequena?')],
					['ماذا كنتِ تأكلين في العيد؟', pt('O que comia nos dias de festa?')],
					['أين كانت مدرستك؟', pt('Onde ficava a sua escola?')],
					['هل كان عندكم تلفزيون؟', pt('Tinham televisão em casa?')],
					['ماذا كنتِ تريدين أن تصبحي؟', pt('O que queria ser quando fosse grande?')],
				],
			},
			bullets: [
				'أكثر سؤال تكرّر في المدينتين: «بماذا كنتِ تلعبين حين كنتِ صغيرة؟». في شبرا وصفت جدّة لعبة قفز بحبل من الأستك المعقود، وفي بورتو علّمت دونا روزا الأطفال لعبة النحلة الدوّارة، وصار طفلان يلعبانها في الحديقة كل أسبوع.',
				'حين سمع أطفال بورتو أن جدّة في القاهرة لعبت بالحصى لعبةً تشبه لعبة دونا روزا، أرادوا أن يكتبوا إليها، فأرسلنا رسالتهم بالبريد.',
			],
		},
		{
			heading: 'الإذن بالتسجيل',
			subheading: pt('A autorização para gravar'),
			text: 'تختلف قواعد تسجيل الأطفال بين مصر والبرتغال، واحتاج كلانا إلى مشورة. لذلك لا ننشر أي تسجيل لأصوات الأطفال، بل تسجيلات الجدّات والجدّ فقط، ولكلٍّ منها إذن مكتوب يسأل:',
			bullets: [
				'من يستطيع الاستماع إلى التسجيل: العائلة، أم المكتبة، أم الجميع؟',
				'هل يمكن استخدام الحكاية في كتاب أو ملصق؟',
				'هل تريد العائلة نسخة من التسجيل؟',
			],
			summary: {
				label: pt('Em português'),
				text: pt(
					'Não publicamos gravações de vozes de crianças, apenas as das avós e do avô, sempre com autorização escrita. O formulário pergunta quem pode ouvir a gravação, se a história pode ser usada num livro ou num cartaz, e se a família quer uma cópia.',
				),
			},
		},
		{
			heading: 'بالأرقام',
			subheading: pt('Em números'),
			text: 'من سجلّنا المشترك، مارس إلى مايو 2025. تراوحت مدة التسجيلات بين أربع دقائق واثنتين وعشرين دقيقة.',
		},
		{
			heading: 'الخطوات القادمة',
			subheading: pt('Próximos passos'),
			bullets: [
				'كتيّب صغير بالعربية والبرتغالية يضم اثنتي عشرة حكاية ورسوم الأطفال.',
				'رسائل منتظمة بين أطفال المكتبتين.',
				'دعوة أجداد من الأسر المهاجرة في بورتو، ومنها أسر تتحدث العربية.',
				'نشر دليل التسجيل ونموذج الإذن بالعربية والبرتغالية والإنجليزية.',
			],
			text: [],
			summary: {
				label: pt('Em português'),
				text: pt(
					'Um livrinho bilingue, em árabe e português, com doze histórias e desenhos das crianças; cartas regulares entre as crianças das duas bibliotecas; convidar avós de famílias migrantes no Porto, incluindo famílias que falam árabe; e publicar o guia de gravação e o formulário de autorização em árabe, português e inglês.',
				),
			},
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'زيارات الأطفال للركن · Visitas das crianças',
			items: [
				{ label: 'القاهرة · Cairo', value: 128 },
				{ label: 'بورتو · Porto', value: 84 },
			],
			after: 4,
		},
		{
			kind: 'numbers',
			title: 'في سطور · Em resumo',
			items: [
				{ label: 'زيارة للأطفال · visitas', value: 212 },
				{ label: 'حكاية مسجّلة بإذن أصحابها · histórias gravadas', value: 37 },
				{ label: 'راويًا وراوية: 14 جدّة وجدّ واحد · contadores', value: 15 },
				{ label: 'جلسة: 7 في شبرا و6 في بورتو · sessões', value: 13 },
			],
			after: 4,
		},
	],
	images: [
		{
			illustration: 'storytelling',
			alt: 'رسم توضيحي لجدّة في كرسي تحكي لأطفال جالسين على سجادة، وفوقهم فقاعة فيها قمر ونجوم وقارب، وعلى الجدار بلاط أزرق',
			caption: 'رسم توضيحي: ركن الحكايات، سجادة ومقعد منخفض وصندوق أشياء قديمة.',
			after: 0,
		},
	],
};

// ---------------------------------------------------------------------------
// 7. Oaxaca–Singapore (Spanish, Zapotec greeting; A1)
// ---------------------------------------------------------------------------

const oaxacaSingapore: PosterSpec = {
	slug: 'oaxaca-singapore',
	...samplePosterFacts('oaxaca-singapore'),
	title: 'Bibliotecas multilingües',
	subtitle: 'Lenguas originarias y lenguas de la ciudad en dos bibliotecas',
	lang: 'es',
	accent: '#b0246a',
	size: A1_PORTRAIT,
	lead: 'La Biblioteca Comunitaria Guelatao, en la Sierra Norte de Oaxaca, y la Biblioteca Regional de Tampines, en Singapur, prestan libros infantiles en siete lenguas: español, zapoteco y mixe en Guelatao; inglés, malayo, mandarín y tamil en Tampines. Durante seis semanas de 2025 probamos el mismo experimento en las dos bibliotecas para responder una pregunta sencilla: ¿qué lengua va en el estante de arriba?',
	sections: [
		{
			heading: 'Dos bibliotecas, siete lenguas',
			text: [
				'**Guelatao.** La biblioteca tiene 2800 libros y abre cinco tardes por semana. La mayoría de las niñas y los niños hablan español en la escuela y escuchan zapoteco en casa, sobre todo de sus abuelos; algunas familias hablan mixe (*ayuuk*). Tenemos 140 libros en zapoteco y 35 en mixe; 31 se hicieron en la propia biblioteca, con abuelos que cuentan y niños que dibujan.',
				'**Tampines.** Presta bastante más de un millón de materiales al año. Singapur tiene cuatro lenguas oficiales, pero muchos niños hablan en casa otra más: hokkien, teochew, javanés, bengalí o tagalo. Cada lengua oficial tiene su sección, y la de inglés es, con mucho, la más grande.',
			],
		},
		{
			heading: 'Lo que vimos en los estantes',
			text: 'Cuando Diego mandó fotos de sus estantes, Mei Lin notó que los libros en zapoteco estaban en la repisa de abajo. Cuando Mei Lin mandó las suyas, Diego notó que los libros ilustrados en tamil estaban en el rincón del fondo, después de los de inglés.',
			bullets: [
				'El lugar de una lengua les dice a los niños lo que la biblioteca piensa de ella.',
				'Las secciones separadas facilitan encontrar libros, pero también enseñan que las lenguas viven aparte.',
				'Las familias casi nunca leen en una sola lengua: en las dos bibliotecas muchos padres se llevan un libro en cada idioma.',
			],
			quote: {
				text: 'En mi biblioteca, la repisa de abajo es la mejor: ahí están los niños.',
				attribution: 'Diego Hernández',
			},
		},
		{
			heading: 'El experimento',
			text: 'Seis semanas, lo mismo en las dos bibliotecas, con la misma hoja de conteo:',
			bullets: [
				'**Una exhibición mixta** junto a la entrada: un cuento en cada lengua, lado a lado, renovada cada lunes.',
				'**Cuentacuentos con dos lectores.** En Tampines, una abuela lee en tamil mientras Mei Lin lee en inglés. En Guelatao, una niña lee en español mientras su abuelo lee en zapoteco.',
				'**Préstamos contados por lengua**, de la exhibición y de los estantes de siempre.',
			],
			quote: {
				text: { text: 'Padiuxi!', lang: 'zap', dir: 'ltr' },
				attribution:
					'El primer cartel de la exhibición decía «Padiuxi», el saludo del zapoteco del Istmo que venía en un libro publicado. Los abuelos de Guelatao lo corrigieron con su propia forma de saludar, y así quedó en la versión impresa para la Sierra.',
			},
		},
		{
			heading: 'En cifras',
			text: 'Préstamos contados durante las seis semanas del experimento, comparados con las seis semanas anteriores. Oaxaca va catorce horas detrás de Singapur, así que en cada llamada una de las dos bibliotecas estaba cerrada.',
		},
		{
			heading: 'Cinco preguntas para cualquier biblioteca',
			bullets: [
				'¿Qué lenguas se hablan en las casas de sus lectores, y cuáles hay en sus estantes?',
				'¿A qué altura está cada lengua, y quién alcanza esa repisa?',
				'¿Qué lengua aparece primero en carteles, fichas y redes sociales?',
				'¿Quién puede leer en voz alta en cada lengua, y ya lo invitó?',
				'¿Cuenta los préstamos por lengua? Si no, ¿cómo sabrá qué cambia?',
			],
			text: [],
		},
		{
			heading: 'Próximos pasos',
			bullets: [
				'Guelatao: dejar la exhibición mixta y subir los libros en zapoteco y mixe a la altura de los ojos de los niños.',
				'Tampines: llevar la exhibición mixta a la sección infantil completa y sumar cada mes una lengua de casa.',
				'Imprimir este póster en zapoteco de la Sierra para Guelatao, y una hoja en tamil y malayo para Tampines.',
				'Publicar la hoja de conteo de préstamos con licencia CC BY 4.0.',
			],
			text: [],
		},
	],
	figures: [
		{
			kind: 'bars',
			title: 'Guelatao: préstamos en seis semanas',
			items: [
				{ label: 'Zapoteco, antes', value: 12 },
				{ label: 'Zapoteco, durante', value: 41 },
				{ label: 'Mixe, antes', value: 4 },
				{ label: 'Mixe, durante', value: 11 },
			],
			after: 3,
		},
		{
			kind: 'bars',
			title: 'Tampines: préstamos por título, libros en tamil',
			items: [
				{ label: 'Estante habitual', value: 1.6, display: '1.6' },
				{ label: 'Exhibición mixta', value: 3.2, display: '3.2' },
			],
			caption: 'Los libros en tamil de la exhibición se prestaron el doble que los del estante habitual.',
			after: 3,
		},
		{
			kind: 'numbers',
			title: 'De un vistazo',
			items: [
				{ label: 'lenguas en dos bibliotecas', value: 7 },
				{ label: 'préstamos en zapoteco, antes 12', value: 41, display: '12→41' },
				{ label: 'préstamos por título en tamil en la exhibición', value: 2, display: '×2' },
				{ label: 'libros hechos en la biblioteca de Guelatao', value: 31 },
			],
			after: 3,
		},
	],
	images: [
		{
			illustration: 'shelves',
			alt: 'Ilustración: a la izquierda, un librero con cada lengua en su repisa y una lengua marcada en la repisa de abajo; a la derecha, una mesa baja con cuentos de varios colores de frente y niños mirándolos',
			caption: 'Antes y después: de una lengua por repisa a una exhibición mixta a la altura de los niños.',
			after: 1,
		},
		{
			illustration: 'multilingual',
			alt: 'Ilustración de globos de diálogo de varios colores sobre dos personas que conversan, pilas de libros y una greca',
			caption: 'Cuentacuentos con dos lectores, dos lenguas a la vez.',
			after: 2,
			aspect: 1.8,
		},
	],
};

export const SAMPLE_POSTERS: PosterSpec[] = [lagosLima, lvivPuneTampere, ammanNairobi, cebuWinnipeg, sendaiRecifeDunedin, cairoPorto, oaxacaSingapore];
