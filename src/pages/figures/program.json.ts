/** `/figures/program.json`: the same numbers as the CSV files, with the program's totals and the licence. */
import { openDataEndpoint } from '../../data/figures.ts';
import { programJson } from '../../lib/figures/open-data.ts';

export const GET = openDataEndpoint('program.json', (figures, meta) => `${JSON.stringify(programJson(figures, meta), null, '\t')}\n`);
