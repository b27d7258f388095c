/** `/figures/partnerships.csv`: the program's figures as open data (src/lib/figures/open-data.ts says what each column holds). */
import { openDataEndpoint } from '../../data/figures.ts';
import { partnershipsCsv } from '../../lib/figures/open-data.ts';

export const GET = openDataEndpoint('partnerships.csv', partnershipsCsv);
