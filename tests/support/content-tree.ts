/**
 * Small content folders written to a temporary directory, for tests that
 * feed the checker (or a build) exactly the mistakes a participant makes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { makePdf } from './make-pdf.ts';

export type Tree = Record<string, string | Buffer | null>;

/** A tiny real JPEG, for image fields. */
export const tinyJpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })
	.jpeg()
	.toBuffer();

/** A program with one of everything, all valid. Tests override single files. */
export const VALID_TREE: Tree = {
	'program.yaml': `name: Test Fellowship
shortName: Test
tagline: Librarians learning from each other.
description: A small program for tests.
site: https://test.example.org
email: hello@test.example.org
languages: [en]
`,
	'people/ana-lopez.yaml': `name: Ana López
roles: [participant]
library: Biblioteca Central
city: Lima
country: PE
rounds: ["2021"]
photo: { src: ./photos/ana.jpg, alt: Ana López at the library desk }
`,
	'people/photos/ana.jpg': tinyJpeg,
	'people/kwame-mensah.yaml': `name: Kwame Mensah
roles: [participant, liaison]
library: Accra Central Library
city: Accra
country: gh
rounds: [2021]
`,
	'rounds/2021.yaml': `title: Round 2021
start: 2021-02-01
end: 2021-07-31
figures: { applicants: 120, applicantCountries: 40, participants: 2, participantCountries: 2 }
groups:
  - members: [ana-lopez, kwame-mensah]
`,
	'blog/2021/notes.md': `---
title: Notes from our first call
date: 2021-03-01
authors: [ana-lopez, kwame-mensah]
tags: [Partnership, partnership, outreach]
round: "2021"
summary: What we talked about.
cover: { src: ./cover.jpg, alt: A notebook on a desk }
lang: es
---
Hola.
`,
	'blog/2021/cover.jpg': tinyJpeg,
	'testimonials/ana-lopez.md': `---
author: ana-lopez
round: "2021"
date: 2021-09-01
quote: It changed how I run story time.
---
It did.
`,
	'convenings/lima-2021.md': `---
title: Lima Convening
format: in-person
start: 2021-05-10
end: 2021-05-12
location: { city: Lima, country: PE }
summary: Three days in Lima.
gallery:
  - { src: ./lima/room.jpg, alt: A reading room full of people, caption: The opening session }
---
Report.
`,
	'convenings/lima/room.jpg': tinyJpeg,
	'posters/lima-accra/index.md': `---
title: Two Libraries
authors: [ana-lopez, kwame-mensah]
round: "2021"
pdf: poster.pdf
---
About it.
`,
	'posters/lima-accra/poster.pdf': makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Two Libraries'] }] }),
	'pages/about.md': `---
title: About
description: About the program.
---
Text.
`,
};

/** Writes `tree` (with `overrides`; a null value removes a file) into a fresh temporary folder. */
export function writeContentTree(overrides: Tree = {}, base: Tree = VALID_TREE): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(path.join(tmpdir(), 'interlibrary-content-'));
	for (const [file, contents] of Object.entries({ ...base, ...overrides })) {
		if (contents === null) continue;
		const target = path.join(dir, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, contents);
	}
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
