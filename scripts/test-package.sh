#!/usr/bin/env bash
# The package as users get it: pack the tarball, lint it (publint, attw), install it in a fresh temporary project
# and use it there through ESM import, CommonJS require, a ts-node script, a tsx script, tsc (module commonjs and
# module nodenext) and the rex-article executable. Run by `npm run test:package` and by CI after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
bin="$repo/node_modules/.bin"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

work="$(mktemp -d "${TMPDIR:-/tmp}/rex-article-package-XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$SECONDS
step() { echo "== test:package: $* ($((SECONDS - start)) s)"; }
fail() { echo "test:package: FAILED: $*" >&2; exit 1; }

step "npm pack (prepack builds dist/)"
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
[ -f "$tarball" ] || fail "npm pack wrote no tarball"
tar -tzf "$tarball" | sort > "$work/contents"
for file in package/dist/index.js package/dist/index.cjs package/dist/index.d.ts package/dist/index.d.cts \
  package/dist/unified.js package/dist/unified.cjs package/dist/unified.d.ts package/dist/unified.d.cts \
  package/dist/cli.js package/dist/schema.json package/dist/batch-record.schema.json package/docs/claims.md \
  package/docs/review-page.png package/LICENSE package/package.json; do
  grep -qx "$file" "$work/contents" || fail "the tarball lacks $file"
done
if grep -E '^package/(src|test|seeds|scripts)/' "$work/contents"; then fail "the tarball ships sources or tests"; fi

step "publint"
"$bin/publint" run "$tarball" --strict

step "attw"
# Profile node16 checks node16 (from CJS and from ESM) and bundler resolution. node10 is left out: it ignores the
# exports map, so it cannot see the `rex-article/schema.json` subpath (the main entry does resolve there, and
# the tsc check below compiles it with module commonjs, which means node10 resolution). A package whose runtime
# dependencies are ESM-only and which needs Node >= 20.19 has no users on node10-only tooling to serve.
"$bin/attw" "$tarball" --profile node16

step "install the tarball in a fresh project"
project="$work/project"
mkdir -p "$project"
cp seeds/000_*.txt "$project/seed.txt"
cat > "$project/package.json" <<'EOF'
{"name": "rex-article-package-test", "private": true, "version": "1.0.0"}
EOF
(cd "$project" && npm install --silent --no-package-lock "$tarball" > /dev/null)

cat > "$project/esm.mjs" <<'EOF'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {Article, articleJsonSchema, batchRecordJsonSchema, isArticleParseError, parseArticle} from 'rex-article'
import recordSchema from 'rex-article/batch-record.schema.json' with {type: 'json'}
import schema from 'rex-article/schema.json' with {type: 'json'}

const article = parseArticle(readFileSync('seed.txt'))
assert.equal(Article.parse(article).schemaVersion, 1)
assert.ok(article.highlights.length > 0, 'the seed has highlights')
assert.deepEqual(schema, articleJsonSchema())
assert.deepEqual(recordSchema, batchRecordJsonSchema())
assert.equal(isArticleParseError(new Error('x')), false)

// The unified plugin subpath: the dump's tree, the Article on file.data, diagnostics as messages.
const {unified} = await import('unified')
const {VFile} = await import('vfile')
const {rexParse} = await import('rex-article/unified')
const vfile = new VFile({value: readFileSync('seed.txt')})
const tree = unified().use(rexParse).parse(vfile)
assert.equal(tree.type, 'root')
assert.ok(tree.children[0].position.start.line >= 1)
assert.deepEqual(vfile.data.article.highlights, article.highlights)

// The review page: one self-contained HTML document with every claim marked.
const {articleToHtml} = await import('rex-article')
const html = articleToHtml(article)
assert.match(html, /^<!doctype html>/i)
for (const claim of article.claims) assert.ok(html.includes(`data-claim="${claim.id}"`) || html.includes(`id="${claim.id}"`), claim.id)
assert.ok(!/<(?:script|link|img)[^>]+(?:src|href)="https?:/i.test(html), 'no external assets')
console.log('esm ok')
EOF

cat > "$project/cjs.cjs" <<'EOF'
const assert = require('node:assert/strict')
const {readFileSync} = require('node:fs')
const {Article, articleJsonSchema, parseArticle} = require('rex-article')
const schema = require('rex-article/schema.json')
const {rexParse} = require('rex-article/unified')
assert.equal(typeof rexParse, 'function')

const article = parseArticle(readFileSync('seed.txt'))
assert.equal(Article.parse(article).schemaVersion, 1)
assert.deepEqual(schema, articleJsonSchema())
console.log('cjs ok')
EOF

cat > "$project/script.ts" <<'EOF'
import {readFileSync} from 'node:fs'
import {parseArticle, type Article, type Claim} from 'rex-article'

const article: Article = parseArticle(readFileSync('seed.txt', 'utf8'), {claims: true})
const claims: ReadonlyArray<Claim> = article.claims
if (article.schemaVersion !== 1 || !Array.isArray(claims)) throw new Error('unexpected Article')
console.log('typescript ok', article.highlights.length)
EOF

cat > "$project/nodenext.mts" <<'EOF'
import {parseArticle, type Article} from 'rex-article'
import {rexParse} from 'rex-article/unified'
import schema from 'rex-article/schema.json' with {type: 'json'}
import {unified} from 'unified'

const processor = unified().use(rexParse, {claims: false})
const article: Article = parseArticle('Highlights\n- One.')
const id: string = schema.$id
export {article, id, processor}
EOF

cat > "$project/nodenext.cts" <<'EOF'
import {parseArticle, type Article} from 'rex-article'
import schema = require('rex-article/schema.json')

const article: Article = parseArticle('Highlights\n- One.')
const id: string = schema.$id
export {article, id}
EOF

# Two TypeScript set-ups. The commonjs one (also ts-node's) is what most CommonJS projects use, skipLibCheck
# included; the nodenext one checks the package's own .d.ts and .d.cts in full (skipLibCheck false), once.
cat > "$project/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "module": "commonjs", "target": "ES2022", "lib": ["ES2022"], "strict": true,
    "esModuleInterop": true, "types": ["node"], "skipLibCheck": true, "noEmit": true
  },
  "files": ["script.ts"]
}
EOF

cat > "$project/tsconfig.nodenext.json" <<'EOF'
{
  "compilerOptions": {
    "module": "nodenext", "moduleResolution": "nodenext", "target": "ES2022", "lib": ["ES2022"], "strict": true,
    "resolveJsonModule": true, "types": ["node"], "skipLibCheck": false, "noEmit": true
  },
  "files": ["nodenext.mts", "nodenext.cts"]
}
EOF

cd "$project"
# @types/node comes from the repository (typeRoots above) rather than a second download.
ln -s "$repo/node_modules/@types/node" node_modules/@types/node 2>/dev/null || { mkdir -p node_modules/@types && ln -s "$repo/node_modules/@types/node" node_modules/@types/node; }

step "ESM import"
node esm.mjs

step "CommonJS require (Node's require(esm) loads unified and remark-parse)"
node cjs.cjs 2> cjs.err
cat cjs.err >&2
if grep -q 'ExperimentalWarning' cjs.err; then fail "require('rex-article') printed an ExperimentalWarning"; fi

step "ts-node script (type-checked, CommonJS)"
TS_NODE_PROJECT=tsconfig.json "$bin/ts-node" script.ts

step "tsx script"
"$bin/tsx" script.ts

step "README's ts-node example, as written, in a fresh folder with README's tsconfig.json"
readme_dir="$work/readme-example"
mkdir -p "$readme_dir"
cp -r "$repo/seeds" "$readme_dir/seeds"
ln -s "$project/node_modules" "$readme_dir/node_modules"
node -e "
  const fs = require('node:fs')
  const lines = fs.readFileSync(process.argv[1], 'utf8').split('\\n')
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^\\\`\\\`\\\`(\\w*)\$/.exec(lines[i])
    if (!open) continue
    let close = i + 1
    while (close < lines.length && lines[close] !== '\\\`\\\`\\\`') close++
    blocks.push({language: open[1], text: lines.slice(i + 1, close).join('\\n') + '\\n'})
    i = close
  }
  const at = blocks.findIndex((block) => block.language === 'ts' && block.text.includes('const folder = '))
  const config = blocks.slice(at).find((block) => block.language === 'json')
  if (at < 0 || !config) throw new Error('README has no ts-node example with its tsconfig.json')
  fs.writeFileSync('$readme_dir/parse-folder.ts', blocks[at].text)
  fs.writeFileSync('$readme_dir/tsconfig.json', config.text)
" "$repo/README.md"
(cd "$readme_dir" && "$bin/ts-node" parse-folder.ts > ts-node.out && "$bin/tsx" parse-folder.ts > tsx.out)
grep -qE '^5 articles, [0-9]+ claims$' "$readme_dir/ts-node.out" || fail "README's ts-node example printed: $(cat "$readme_dir/ts-node.out")"
cmp -s "$readme_dir/ts-node.out" "$readme_dir/tsx.out" || fail "README's example prints differently under ts-node and tsx"

step "tsc, module commonjs"
"$bin/tsc" -p tsconfig.json

step "tsc, module nodenext (.mts and .cts, with the schema.json subpath)"
"$bin/tsc" -p tsconfig.nodenext.json

step "the rex-article executable"
[ "$(npx --no-install rex-article --version)" = "$(node -p "require('rex-article/package.json').version")" ] || fail "--version"
mkdir batch
for copy in 1 2 3 4; do for seed in "$repo"/seeds/*.txt; do cp "$seed" "batch/$copy-$(basename "$seed")"; done; done
npx --no-install rex-article --quiet --format jsonl --jobs 1 batch > one.jsonl
npx --no-install rex-article --quiet --format jsonl --jobs 2 batch > two.jsonl
cmp -s one.jsonl two.jsonl || fail "--jobs 2 printed something other than --jobs 1"
[ "$(wc -l < one.jsonl)" -eq "$(ls batch | wc -l)" ] || fail "one JSON line per input"
# Every line is a batch record naming its input, valid in zod and in the shipped JSON Schema alike.
node -e "
  const {Ajv2020} = require('$repo/node_modules/ajv/dist/2020.js')
  const {BatchRecord} = require('rex-article')
  const validate = new Ajv2020({strict: true}).addFormat('date', true).compile(require('rex-article/batch-record.schema.json'))
  const lines = require('node:fs').readFileSync('one.jsonl', 'utf8').trimEnd().split('\n')
  const files = require('node:fs').readdirSync('batch').sort()
  lines.forEach((line, index) => {
    const record = BatchRecord.parse(JSON.parse(line))
    if (record.input !== 'batch/' + files[index]) throw new Error('line ' + (index + 1) + ' names ' + record.input)
    if (!validate(JSON.parse(line))) throw new Error(JSON.stringify(validate.errors))
  })
"
set +e
npx --no-install rex-article --quiet --format jsonl batch missing.txt > /dev/null 2> missing.err
code=$?
set -e
[ "$code" -eq 1 ] || fail "a missing input should exit 1, got $code"
grep -qx 'rex-article: missing.txt: not found' missing.err || fail "the missing input is not named on stderr"
npx --no-install rex-article --schema | cmp -s - node_modules/rex-article/dist/schema.json || fail "--schema differs from dist/schema.json"
npx --no-install rex-article --schema batch-record | cmp -s - node_modules/rex-article/dist/batch-record.schema.json ||
  fail "--schema batch-record differs from dist/batch-record.schema.json"

step "all good"
