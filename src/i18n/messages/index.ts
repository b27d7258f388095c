/** Every interface language's catalogue, by language. */
import type { UiLanguage } from '../languages.ts';
import { ar } from './ar.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';

export type { MessageKey, Messages } from './en.ts';

export const CATALOGUES: Record<UiLanguage, Messages> = { en, es, ar, fr: en, pt: en, hi: en, bn: en, id: en, th: en };
