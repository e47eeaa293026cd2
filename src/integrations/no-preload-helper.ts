/**
 * Less JavaScript on every page (issue 15, point 7). Vite wraps each dynamic import() in its
 * preload helper (0.9 KB gzip), which fetches the imported chunk's own imports side by side with
 * it. Here that saves nothing worth 0.9 KB on every page (the lazy chunks are the search dialog,
 * lunr and Preact's signals, each with one or two small imports), so this plugin puts a one-line
 * stand-in in the helper's place: the import runs as written and the browser follows its imports.
 * A chunk whose lazy imports need CSS keeps the helper, as only the helper adds that CSS.
 */
import type { Plugin } from 'vite';

const HELPER_IMPORT =
  /import\s*\{\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*["']\.\/preload-helper\.[\w-]+\.js["'];?/;

/** Vite's list of files to preload per dynamic import, at the top of a chunk. */
const DEPS =
  /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[([^\]]*)\]\)\)\)=>i\.map\(i=>d\[i\]\);?\n?/;

/** The chunk's code without the preload helper, or null if it needs the helper (or does not use it). */
export function withoutPreloadHelper(code: string): string | null {
  const m = code.match(HELPER_IMPORT);
  if (!m) return null;
  const deps = code.match(DEPS);
  if (code.includes('__vite__mapDeps') && !deps) return null; // a form this code does not know
  if (deps && /\.css["'`]/.test(deps[1]!)) return null;
  // Without files to preload, the helper is `(load) => load()`.
  let lean = code.replace(m[0], `const ${m[2] ?? m[1]}=f=>f();`);
  if (deps) lean = lean.replace(deps[0], '').replace(/__vite__mapDeps\(\[[\d,\s]*\]\)/g, '0');
  return lean;
}

export function noPreloadHelper(): Plugin {
  return {
    name: 'veilig-raadswerk:no-preload-helper',
    apply: 'build',
    generateBundle: {
      // After Vite's import analysis has filled in what each import preloads.
      order: 'post',
      handler(_options, bundle) {
        let helper: string | undefined;
        let users = 0;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          if (/^(?:.*\/)?preload-helper\.[\w-]+\.js$/.test(chunk.fileName)) {
            helper = chunk.fileName;
            continue;
          }
          const lean = withoutPreloadHelper(chunk.code);
          if (lean !== null) {
            chunk.code = lean;
            chunk.imports = chunk.imports.filter((i) => !/preload-helper\./.test(i));
          } else if (HELPER_IMPORT.test(chunk.code)) users++;
        }
        // Nothing imports the helper any more: do not ship it.
        if (helper && users === 0) delete bundle[helper];
      },
    },
  };
}
