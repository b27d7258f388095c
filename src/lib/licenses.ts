/**
 * Licences, named by their SPDX ids ("CC-BY-4.0"), as the poster's licence
 * link, its citation and its metadata need them.
 */
import { createRequire } from 'node:module';
import { closestName } from './closest-name.ts';

/** Every current SPDX licence id, from the maintained list (deprecated ids are in another file of the package). */
const SPDX_IDS = createRequire(import.meta.url)('spdx-license-ids') as readonly string[];
const BY_LOWER_CASE = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id]));

/** The SPDX id as written in the list, whatever its case ("cc-by-4.0" → "CC-BY-4.0"); undefined when it is not one. */
export function spdxLicense(written: string): string | undefined {
	return BY_LOWER_CASE.get(written.trim().toLowerCase());
}

/** The id someone probably meant: "CC BY 4.0" → "CC-BY-4.0", "CC-BY-4" → "CC-BY-4.0". */
export function suggestSpdxLicense(written: string): string | undefined {
	const hyphenated = written.trim().replace(/[\s_]+/g, '-');
	return spdxLicense(hyphenated) ?? closestName(hyphenated, SPDX_IDS);
}
