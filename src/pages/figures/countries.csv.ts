/** `/figures/countries.csv`: the program's figures as open data (src/lib/figures/open-data.ts says what each column holds). */
import { openDataEndpoint } from '../../data/figures';
import { countriesCsv } from '../../lib/figures/open-data';

export const GET = openDataEndpoint('countries.csv', countriesCsv);
