/**
 * Prints every chapter sentence over the writing brief's 35-word limit.
 * Usage: node tests/tools/long-sentences.ts [content/chapters/x.mdx …]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sentencesOf } from '../support/proseSentences.ts';

const LIMIT = 35;
const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync('content/chapters')
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => `content/chapters/${f}`);
let n = 0;
for (const file of files) {
  const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  for (const s of sentencesOf(body)) {
    if (s.words > LIMIT) {
      n++;
      console.log(`${file}: ${s.words} words: ${s.text}\n`);
    }
  }
}
console.log(`${n} sentence(s) over ${LIMIT} words`);
process.exit(n ? 1 : 0);
