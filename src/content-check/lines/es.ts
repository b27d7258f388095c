/**
 * The checker's lines in Spanish: each English message as a template (its
 * variable parts in braces) and its Spanish. A part that is itself a message
 * (the reason a poster PDF failed) is translated too.
 */
import type { CheckerLines } from '../translate-lines.ts';

export const es: CheckerLines = {
	summary: {
		problems: { one: '{count} problema en el contenido:', other: '{count} problemas en el contenido:' },
		warnings: { one: '{count} aviso sobre el contenido:', other: '{count} avisos sobre el contenido:' },
		fine: 'El contenido está bien: no se encontraron problemas ({seconds} s).',
		fineWithWarnings: {
			one: 'El contenido está bien: no se encontraron problemas, {count} aviso arriba ({seconds} s).',
			other: 'El contenido está bien: no se encontraron problemas, {count} avisos arriba ({seconds} s).',
		},
		warningsNote: 'Los avisos no detienen la compilación: revisa cada uno cuando puedas.',
		fix: 'Corrige cada problema de arriba y vuelve a ejecutar `npm run check`.',
		fixWithWarnings: {
			one: 'Corrige cada problema de arriba y vuelve a ejecutar `npm run check`. (El aviso no detiene la compilación).',
			other: 'Corrige cada problema de arriba y vuelve a ejecutar `npm run check`. (Los {count} avisos no detienen la compilación).',
		},
		problemTitle: 'Problema en el contenido',
		warningTitle: 'Aviso sobre el contenido',
		sample:
			'Este proyecto aún no tiene carpeta content/, así que se revisa el programa de ejemplo (examples/open-stacks/content/). Ejecuta `npm run init` para empezar el tuyo.',
	},
	lines: [
		// Fields: zod's own messages, as the checker rewrites them.
		['is missing', 'falta'],
		['is empty', 'está vacío'],
		['must be text', 'debe ser texto'],
		['must be a number', 'debe ser un número'],
		['must be a whole number', 'debe ser un número entero'],
		['must be true or false', 'debe ser true o false'],
		['must be a list, like [first, second]', 'debe ser una lista, como [primero, segundo]'],
		['must be a group of fields', 'debe ser un grupo de campos'],
		['must be a date written as YYYY-MM-DD', 'debe ser una fecha escrita como AAAA-MM-DD'],
		['needs at least {count} entry', 'necesita al menos {count} elemento'],
		['needs at least {count} entries', 'necesita al menos {count} elementos'],
		['must be at least {count}', 'debe ser al menos {count}'],
		['has more than {count} entries', 'tiene más de {count} elementos'],
		['is longer than {count} characters', 'tiene más de {count} caracteres'],
		['must be at most {count}', 'debe ser como máximo {count}'],
		['must be one of: {values}', 'debe ser uno de estos valores: {values}'],
		['must be a full web address starting with https://', 'debe ser una dirección web completa que empiece por https://'],
		['is not a valid {format}', 'no es un {format} válido'],
		['is not a field here; did you mean `{name}`?', 'no es un campo de este archivo; ¿querías decir `{name}`?'],
		['is not a field here; the fields are: {names}', 'no es un campo de este archivo; los campos son: {names}'],
		['has no fields: write its fields as "name: value" lines', 'no tiene campos: escribe sus campos como líneas «nombre: valor»'],

		// Fields: the schemas' own messages.
		['must be the path of an image file, like ./photos/reading-room.jpg', 'debe ser la ruta de un archivo de imagen, como ./photos/sala-de-lectura.jpg'],
		[
			'must be the id of the entry this one translates, like 2025/our-first-call',
			'debe ser el id de la entrada que esta traduce, como 2025/nuestra-primera-llamada',
		],
		['is missing: write one or two sentences for lists and search results', 'falta: escribe una o dos frases para las listas y los resultados de búsqueda'],
		['is longer than 400 characters: keep it to one or two sentences', 'tiene más de 400 caracteres: limítalo a una o dos frases'],
		['is missing: give the post a title', 'falta: ponle un título a la entrada'],
		['needs at least one author', 'necesita al menos un autor o autora'],
		['is before the post’s date', 'es anterior a la fecha de la entrada'],
		['{date} is in the future; use the day the testimonial was written', '{date} está en el futuro; usa el día en que se escribió el testimonio'],
		['is missing: give the convening a title', 'falta: ponle un título al encuentro'],
		['is missing: write a caption for the photo', 'falta: escribe un pie de foto'],
		[
			'is missing: in-person and hybrid convenings need a location, like { city: Lima, country: PE }',
			'falta: los encuentros presenciales e híbridos necesitan un lugar, como { city: Lima, country: PE }',
		],
		['is before the start date', 'es anterior a la fecha de inicio'],
		['is missing: give the poster its title', 'falta: pon el título del póster'],
		['is missing: name the poster’s PDF file, like poster.pdf', 'falta: nombra el archivo PDF del póster, como poster.pdf'],
		[
			'must be an https:// address (or the name of a .pdf file in the same folder)',
			'debe ser una dirección https:// (o el nombre de un archivo .pdf en la misma carpeta)',
		],
		[
			'must be the name of a .pdf file in the same folder, like poster.pdf, or the https:// address of the PDF in a repository',
			'debe ser el nombre de un archivo .pdf en la misma carpeta, como poster.pdf, o la dirección https:// del PDF en un repositorio',
		],
		['must be a DOI such as 10.5281/zenodo.1234567', 'debe ser un DOI como 10.5281/zenodo.1234567'],
		['must be a date written as YYYY-MM-DD, like 2024-03-14', 'debe ser una fecha escrita como AAAA-MM-DD, por ejemplo 2024-03-14'],
		['is not a valid date', 'no es una fecha válida'],
		[
			'"{value}" is not a real date; write it as YYYY-MM-DD, like 2024-03-14',
			'«{value}» no es una fecha real; escríbela como AAAA-MM-DD, por ejemplo 2024-03-14',
		],
		['must be a two-letter country code such as NG, PE or JO', 'debe ser un código de país de dos letras, como NG, PE o JO'],
		[
			'"{value}" is not an ISO 3166-1 country code; did you mean {code} ({name})?',
			'«{value}» no es un código de país ISO 3166-1; ¿querías decir {code} ({name})?',
		],
		[
			'"{value}" is a country\'s name; write its two-letter ISO 3166-1 code, {code}',
			'«{value}» es el nombre de un país; escribe su código ISO 3166-1 de dos letras, {code}',
		],
		[
			'"{value}" is not a country code; use the two-letter ISO 3166-1 code, such as NG for Nigeria or PE for Peru',
			'«{value}» no es un código de país; usa el código ISO 3166-1 de dos letras, como NG para Nigeria o PE para Perú',
		],
		['must be a language tag such as en, es, ar or pt-BR', 'debe ser una etiqueta de idioma como en, es, ar o pt-BR'],
		[
			'"{value}" is not a language tag; use a code such as en, es, ar or pt-BR',
			'«{value}» no es una etiqueta de idioma; usa un código como en, es, ar o pt-BR',
		],
		['each entry must be a word or short phrase', 'cada elemento debe ser una palabra o una frase corta'],
		['must be a list, like [reading, outreach]', 'debe ser una lista, como [lectura, difusión]'],
		['is missing: describe what the image shows, for readers who cannot see it', 'falta: describe lo que muestra la imagen, para quienes no pueden verla'],
		['is empty: describe what the image shows, for readers who cannot see it', 'está vacío: describe lo que muestra la imagen, para quienes no pueden verla'],
		['must be a licence id such as CC-BY-4.0', 'debe ser el identificador de una licencia, como CC-BY-4.0'],
		[
			'"{value}" is not a licence id; did you mean {id}? (Licences are written as SPDX ids: https://spdx.org/licenses/)',
			'«{value}» no es el identificador de una licencia; ¿querías decir {id}? (Las licencias se escriben con su identificador SPDX: https://spdx.org/licenses/)',
		],
		[
			'"{value}" is not a licence id; use an SPDX id such as CC-BY-4.0 or CC-BY-NC-SA-4.0 (the list: https://spdx.org/licenses/)',
			'«{value}» no es el identificador de una licencia; usa un identificador SPDX como CC-BY-4.0 o CC-BY-NC-SA-4.0 (la lista: https://spdx.org/licenses/)',
		],
		[
			'must be left as the importer wrote it (sha256- and 64 hexadecimal digits); delete the line if in doubt',
			'debe quedar como lo escribió el importador (sha256- y 64 dígitos hexadecimales); borra la línea si tienes dudas',
		],
		['is missing: write the person’s name', 'falta: escribe el nombre de la persona'],
		['needs at least one of: {values}', 'necesita al menos uno de estos valores: {values}'],
		['is missing: name the library the person works at', 'falta: nombra la biblioteca donde trabaja la persona'],
		['is missing: name the city of the library', 'falta: nombra la ciudad de la biblioteca'],
		[
			'is missing: a person with a `givenName` needs a `familyName` too, so citations can tell them apart',
			'falta: una persona con `givenName` necesita también `familyName`, para que las citas la distingan',
		],
		['must start and end with "/", like "/" or "/program/"', 'debe empezar y terminar con «/», como «/» o «/program/»'],
		['must be an email address', 'debe ser una dirección de correo electrónico'],
		['must be one of the interface languages the site ships: {values}', 'debe ser uno de los idiomas de interfaz que trae el sitio: {values}'],
		['must be a number of megabytes, like 20', 'debe ser un número de megabytes, como 20'],
		[
			'must be an old address without its domain, starting with "/", like /2019/03/our-first-call.html',
			'debe ser una dirección antigua sin su dominio, que empiece por «/», como /2019/03/our-first-call.html',
		],
		['must not contain ".."', 'no debe contener «..»'],
		[
			'must be a path of this site such as /blog/2019/our-first-call/, or a full address starting with https://',
			'debe ser una ruta de este sitio, como /blog/2019/our-first-call/, o una dirección completa que empiece por https://',
		],
		[
			'must be a list of "old address: new address" lines, like /2019/03/our-first-call.html: /blog/2019/our-first-call/',
			'debe ser una lista de líneas «dirección antigua: dirección nueva», como /2019/03/our-first-call.html: /blog/2019/our-first-call/',
		],
		['must be the id of a person in content/people/', 'debe ser el id de una persona de content/people/'],
		['must be the id of a round in content/rounds/', 'debe ser el id de una ronda de content/rounds/'],
		['needs at least two people: partners work in pairs or trios', 'necesita al menos dos personas: se trabaja en parejas o tríos'],
		['has more than three people: partners work in pairs or trios', 'tiene más de tres personas: se trabaja en parejas o tríos'],
		['is missing: give the round a title, like "Round 2024"', 'falta: ponle un título a la ronda, como «Ronda 2024»'],
		['ends before it starts', 'termina antes de empezar'],
		['is missing: write the commenter’s name, or "Anonymous"', 'falta: escribe el nombre de quien comentó, o «Anonymous»'],
		['is missing: write the comment’s text', 'falta: escribe el texto del comentario'],
		['needs at least one comment; delete the file if there are none', 'necesita al menos un comentario; borra el archivo si no hay ninguno'],

		// Files and references.
		[
			'is missing: every site needs content/program.yaml with the program’s name, site address and languages; `npm run init` writes one',
			'falta: todo sitio necesita content/program.yaml con el nombre del programa, la dirección del sitio y sus idiomas; `npm run init` lo crea',
		],
		['has the same address as {other} ({address}); rename one of them', 'tiene la misma dirección que {other} ({address}); cambia el nombre de uno de los dos'],
		[
			'would take the address {address}, which the site uses itself; rename the file',
			'ocuparía la dirección {address}, que el propio sitio usa; cambia el nombre del archivo',
		],
		[
			'names "{id}", who is not in content/{folder}/. Add content/{folder}/{file}.yaml or fix the id',
			'nombra «{id}», que no está en content/{folder}/. Añade content/{folder}/{file}.yaml o corrige el id',
		],
		[
			'names "{id}", who is not in content/{folder}/. Did you mean {near}? Add content/{folder}/{file}.yaml or fix the id',
			'nombra «{id}», que no está en content/{folder}/. ¿Quisiste decir {near}? Añade content/{folder}/{file}.yaml o corrige el id',
		],
		[
			'names "{id}", but the id of {file} is {asId} (lower case, with hyphens for spaces); write {same}',
			'nombra «{id}», pero el id de {file} es {asId} (en minúsculas, con guiones en lugar de espacios); escribe {same}',
		],
		[
			'names "{id}", which is a name; write the id instead, {asId} (the file name without .yaml)',
			'nombra «{id}», que es un nombre; escribe en su lugar el id, {asId} (el nombre del archivo sin .yaml)',
		],
		[
			'names "{id}", which is a title; write the id instead, {asId} (the file name without .yaml)',
			'nombra «{id}», que es un título; escribe en su lugar el id, {asId} (el nombre del archivo sin .yaml)',
		],
		[
			'names "{id}", which is not in content/{folder}/. Add content/{folder}/{file}.yaml or fix the id',
			'nombra «{id}», que no está en content/{folder}/. Añade content/{folder}/{file}.yaml o corrige el id',
		],
		[
			'names "{id}", which is not an entry in content/{folder}/; use the id of the entry this one translates (its path without .md), or delete the line',
			'nombra «{id}», que no es una entrada de content/{folder}/; usa el id de la entrada que esta traduce (su ruta sin .md) o borra la línea',
		],
		['names this entry itself; name the entry this one translates', 'nombra a esta misma entrada; nombra la entrada que esta traduce'],
		[
			'names "{id}", which is in the same language ({lang}); a translation is in another language',
			'nombra «{id}», que está en el mismo idioma ({lang}); una traducción está en otro idioma',
		],
		[
			'is {size} MB, over the {limit} MB this program keeps in the repository (posterSizeLimitMb in program.yaml): put it in a repository such as Zenodo or OSF and give its https:// address in `pdf`',
			'pesa {size} MB, más de los {limit} MB que este programa guarda en el repositorio (posterSizeLimitMb en program.yaml): súbelo a un repositorio como Zenodo u OSF y pon su dirección https:// en `pdf`',
		],
		[
			"names {file}, but there is no {path}. Add the PDF to the poster's folder or fix the file name",
			'nombra {file}, pero no existe {path}. Añade el PDF a la carpeta del póster o corrige el nombre del archivo',
		],
		[
			'names {wanted}, but the file is called {actual}: the name must match exactly, capitals too, so rename one of them',
			'nombra {wanted}, pero el archivo se llama {actual}: el nombre debe coincidir exactamente, también en mayúsculas, así que cambia uno de los dos',
		],
		['names {pdf}, which {problem}', 'nombra {pdf}, que {problem}'],
		[
			'is in {year}, but the post is in content/blog/{folder}/, so its address says {same} while the archive lists it under {again}; move it to content/blog/{moved}/ or fix the date',
			'es de {year}, pero la entrada está en content/blog/{folder}/, así que su dirección dice {same} y el archivo la pone en {again}; muévela a content/blog/{moved}/ o corrige la fecha',
		],
		[
			'has no frontmatter: the file must start with a line "---", then its fields (such as date: 2024-03-14), then another "---" line',
			'no tiene cabecera: el archivo debe empezar con una línea "---", seguida de sus campos (como date: 2024-03-14) y de otra línea "---"',
		],
		[
			'starts its fields with a "---" line but never closes them: add another "---" line after the last field, before the text',
			'abre sus campos con una línea "---" pero nunca los cierra: añade otra línea "---" después del último campo, antes del texto',
		],
		[
			'is still the text `npm run new` wrote; write one or two sentences of your own',
			'sigue siendo el texto que escribió `npm run new`; escribe una o dos frases propias',
		],
		[
			'still has the text `npm run new` wrote in place of your own; replace it before this is published',
			'todavía tiene el texto que escribió `npm run new` en lugar del tuyo; cámbialo antes de publicarlo',
		],
		[
			'holds comments for the post {address}, which is not in content/blog/; name the file like its post ({from} → {to}) or delete it',
			'guarda comentarios de la entrada {address}, que no está en content/blog/; nombra el archivo como su entrada ({from} → {to}) o bórralo',
		],
		[
			'was imported from the old blog without {missing}: add them when you know them (they show on the person’s page)',
			'se importó del blog antiguo sin {missing}: añádelos cuando los sepas (se muestran en la página de la persona)',
		],
		['leads to itself; delete the line', 'lleva a sí misma; borra la línea'],
		[
			'leads to {to}, but there is no such post in content/blog/; fix the address or delete the line',
			'lleva a {to}, pero esa entrada no existe en content/blog/; corrige la dirección o borra la línea',
		],
		[
			'leads to {to}, which is a draft and has no page yet; publish the post or delete the line',
			'lleva a {to}, que es un borrador y aún no tiene página; publica la entrada o borra la línea',
		],
		[
			'leads to {to}, but there is no such page in content/pages/; fix the address or delete the line',
			'lleva a {to}, pero esa página no existe en content/pages/; corrige la dirección o borra la línea',
		],
		[
			'names {file}, which is not an image: use a .jpg, .png, .webp, .avif, .gif or .svg file',
			'nombra {file}, que no es una imagen: usa un archivo .jpg, .png, .webp, .avif, .gif o .svg',
		],
		[
			'names {file}, but there is no {path}. Add the image or fix the path (it is relative to this file)',
			'nombra {file}, pero no existe {path}. Añade la imagen o corrige la ruta (es relativa a este archivo)',
		],
		[
			'names {file}, but that file is not a readable image (it may be damaged or only partly uploaded); export it again',
			'nombra {file}, pero ese archivo no es una imagen legible (puede estar dañado o a medio subir); vuelve a exportarlo',
		],
		[
			'is program code ({extension}), which could run when the site is built; content/ holds only Markdown, YAML, images and PDFs, so remove it',
			'es código de programa ({extension}), que podría ejecutarse al compilar el sitio; content/ solo contiene Markdown, YAML, imágenes y PDF, así que quítalo',
		],
		['is not in a folder the site reads; content goes in {folders}', 'no está en una carpeta que el sitio lea; el contenido va en {folders}'],
		[
			'is MDX, which runs code when the site is built and is only accepted from coordinators in {folders}; rename it to .md',
			'es MDX, que ejecuta código al compilar el sitio y solo se acepta de la coordinación en {folders}; cámbiale la extensión a .md',
		],
		[
			'ends in {written}, in capitals, and the site reads only lower-case names like {extension}; rename it to {renamed}',
			'termina en {written}, en mayúsculas, y el sitio solo lee nombres en minúsculas como {extension}; cámbiale el nombre a {renamed}',
		],
		[
			"is not in a poster's folder, so it would not be published; put it in its own folder, content/posters/<slug>/, with an index.md",
			'no está en la carpeta de un póster, así que no se publicaría; ponlo en su propia carpeta, content/posters/<slug>/, con un index.md',
		],
		[
			'is in content/{folder}/, which has no index.md, so the poster would not be published; add content/{folder}/index.md with its title, partners and round (`npm run new -- poster` writes one)',
			'está en content/{folder}/, que no tiene index.md, así que el póster no se publicaría; añade content/{folder}/index.md con su título, sus participantes y su ronda (`npm run new -- poster` lo escribe)',
		],
		[
			'is not where the site looks for it, so it would not be published; it should be {where}',
			'no está donde el sitio lo busca, así que no se publicaría; debería estar en {where}',
		],
		[
			'the image {url} has no alt text: describe what it shows between the square brackets, like ![Six teenagers reading under a tree]({same})',
			'la imagen {url} no tiene texto alternativo: describe lo que muestra entre los corchetes, como ![Seis adolescentes leyendo bajo un árbol]({same})',
		],
		[
			'the image {url} has provisional alt text from the import ("{alt}"): replace it with a description of what the image shows',
			'la imagen {url} tiene un texto alternativo provisional de la importación («{alt}»): cámbialo por una descripción de lo que muestra la imagen',
		],
		[
			'the image {url} is not there: there is no {path}. Add the image or fix the path (it is relative to this file)',
			'la imagen {url} no está: no existe {path}. Añade la imagen o corrige la ruta (es relativa a este archivo)',
		],
		[
			"says {entered}, but the round's groups have {counted}; correct one of them",
			'dice {entered}, pero los grupos de la ronda tienen {counted}; corrige uno de los dos',
		],
		['{count} person', '{count} persona'],
		['{count} people', '{count} personas'],
		['people from {count} country', 'personas de {count} país'],
		['people from {count} countries', 'personas de {count} países'],

		// Poster PDFs.
		[
			'is missing; add the PDF to the poster’s folder or fix the `pdf` field in index.md',
			'falta; añade el PDF a la carpeta del póster o corrige el campo `pdf` de index.md',
		],
		['is empty (0 bytes); the upload did not finish, so upload the PDF again', 'está vacío (0 bytes); la subida no terminó, así que vuelve a subir el PDF'],
		[
			'is not a PDF (it looks like {kind}); export the poster as PDF and upload that file',
			'no es un PDF (parece {kind}); exporta el póster como PDF y sube ese archivo',
		],
		['is not a PDF; export the poster as PDF and upload that file', 'no es un PDF; exporta el póster como PDF y sube ese archivo'],
		[
			'is damaged or only partly uploaded and cannot be read; export it again as PDF and upload the new file',
			'está dañado o a medio subir y no se puede leer; vuelve a exportarlo como PDF y sube el archivo nuevo',
		],
		['is password-protected; export it again without a password', 'está protegido con contraseña; vuelve a exportarlo sin contraseña'],
		['has no pages; export the poster again', 'no tiene páginas; vuelve a exportar el póster'],
		[
			'has a first page too large to show ({size}); export it at poster size, A0 (841 × 1189 mm) or smaller',
			'tiene una primera página demasiado grande para mostrarla ({size}); expórtalo a tamaño póster, A0 (841 × 1189 mm) o menor',
		],
		[
			'took too long to render (over {time}); simplify it (flatten very complex drawings or effects) and export it again',
			'tardó demasiado en dibujarse (más de {time}); simplifícalo (acopla dibujos o efectos muy complejos) y vuelve a exportarlo',
		],
		[
			'needed too much memory to render (over {memory}): it embeds a very large image ({pixels}); export it again with images at 300 dpi or less',
			'necesitó demasiada memoria para dibujarse (más de {memory}): incluye una imagen muy grande ({pixels}); vuelve a exportarlo con imágenes a 300 ppp o menos',
		],
		[
			'needed too much memory to render (over {memory}): its pages are very large or very complex drawings; export it again at a standard paper size such as A0 or A1, with effects flattened',
			'necesitó demasiada memoria para dibujarse (más de {memory}): sus páginas son dibujos muy grandes o muy complejos; vuelve a exportarlo a un tamaño de papel estándar como A0 o A1, con los efectos acoplados',
		],
		[
			'could not be downloaded ({reason}); check that the address opens the PDF in a browser, or put the PDF next to index.md and name it in `pdf`',
			'no se pudo descargar ({reason}); comprueba que la dirección abre el PDF en un navegador, o pon el PDF junto a index.md y nómbralo en `pdf`',
		],
		[
			'could not be downloaded; check that the address opens the PDF in a browser, or put the PDF next to index.md and name it in `pdf`',
			'no se pudo descargar; comprueba que la dirección abre el PDF en un navegador, o pon el PDF junto a index.md y nómbralo en `pdf`',
		],
		[
			'is too large to download ({size}); export a smaller PDF, or ask a coordinator to raise POSTER_DOWNLOAD_MAX_MB',
			'es demasiado grande para descargarlo ({size}); exporta un PDF más pequeño o pide a la coordinación que aumente POSTER_DOWNLOAD_MAX_MB',
		],
		[
			'is too large to download; export a smaller PDF, or ask a coordinator to raise POSTER_DOWNLOAD_MAX_MB',
			'es demasiado grande para descargarlo; exporta un PDF más pequeño o pide a la coordinación que aumente POSTER_DOWNLOAD_MAX_MB',
		],
		[
			'could not be rendered ({reason}); export it again as PDF, and ask a coordinator if this persists',
			'no se pudo dibujar ({reason}); vuelve a exportarlo como PDF y avisa a la coordinación si sigue pasando',
		],
		[
			'could not be rendered; export it again as PDF, and ask a coordinator if this persists',
			'no se pudo dibujar; vuelve a exportarlo como PDF y avisa a la coordinación si sigue pasando',
		],
	],
};
