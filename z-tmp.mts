import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { programSchema } from './src/schemas/program.ts';
import { editorConfig } from './src/editor/editor-config.ts';
const program = programSchema.parse(parse(readFileSync('examples/open-stacks/content/program.yaml','utf8')));
const c = editorConfig(program, { contentFolder: 'content', localProxy: 'http://localhost:8081/api/v1' });
const out = JSON.stringify(c, (k,v)=> k==='options' && v.length>20 ? `[${v.length} options]` : v, 1);
console.log(out.length); console.log(out.slice(0, 9000));
