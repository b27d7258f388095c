/** Every interface language's catalogue, by language. */
import type { UiLanguage } from '../languages.ts';
import { ar } from './ar.ts';
import { bn } from './bn.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { pt } from './pt.ts';
import { th } from './th.ts';

export type { MessageKey, Messages } from './en.ts';

export const CATALOGUES: Record<UiLanguage, Messages> = { en, es, fr, pt, ar, hi, bn, id, th };
