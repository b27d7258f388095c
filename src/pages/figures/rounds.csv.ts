/** `/figures/rounds.csv`: the program's figures as open data (src/lib/figures/open-data.ts says what each column holds). */
import { openDataEndpoint } from '../../data/figures';
import { roundsCsv } from '../../lib/figures/open-data';

export const GET = openDataEndpoint('rounds.csv', roundsCsv);
