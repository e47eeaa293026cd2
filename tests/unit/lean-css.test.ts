/**
 * The build steps that keep CSS and JS lean (issue 15): unused theme tokens and component rules
 * leave the CSS, fallback faces join the font stacks, and Vite's preload helper leaves the JS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classesIn, leanSheets, scanSource, selectorMayMatch } from '../../src/integrations/lean-css.ts';
import { withoutPreloadHelper } from '../../src/integrations/no-preload-helper.ts';
import { fallbackCss, overrides, twinsInstalled } from '../tools/font-fallbacks.mjs';

const root = join(import.meta.dirname, '../..');
const oneLine = (css: string) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .trim();

describe('unused custom properties', () => {
  const theme = `.theme{--a:red;--b:var(--a);--c:var(--d, var(--e));--d:1px;--e:2px;--unused:var(--a);--only-js:3px}`;

  it('keeps what a declaration uses, and what that refers to, transitively', () => {
    const [out] = leanSheets([theme, `p{color:var(--b)}`]);
    expect(out).toContain('--a:red');
    expect(out).toContain('--b:var(--a)');
    expect(out).not.toContain('--unused');
    expect(out).not.toContain('--c:');
    expect(out).not.toContain('--only-js');
  });

  it('keeps a fallback chain: var(--x, var(--y)) uses both', () => {
    const [out] = leanSheets([theme, `p{margin:var(--c)}`]);
    for (const name of ['--c:', '--d:', '--e:']) expect(out).toContain(name);
  });

  it('keeps properties that code names (a script or an inline style)', () => {
    const [out] = leanSheets([theme], ['--only-js']);
    expect(out).toContain('--only-js');
  });

  it('works across sheets: a theme in one file, the use in another', () => {
    const [themeOut, site] = leanSheets([theme, `a{color:var(--a)}`]);
    expect(themeOut).toBe('.theme{--a:red}');
    expect(site).toBe('a{color:var(--a)}');
  });

  it('drops rules and at-rules that end up empty', () => {
    const [out] = leanSheets([`@media (prefers-color-scheme:dark){.x{--unused:1}}.y{--gone:2}p{color:blue}`]);
    expect(out).toBe('p{color:blue}');
  });

  it("a municipality's token that the site uses stays, with what it refers to", () => {
    const municipality = `.gemeente{--basis-color:var(--brand);--brand:green;--brand-unused:pink}`;
    const [out] = leanSheets([municipality, `a{color:var(--basis-color)}`]);
    expect(oneLine(out!)).toBe('.gemeente{--basis-color:var(--brand);--brand:green}');
  });
});

describe('unused component classes', () => {
  const classes = classesIn('class="utrecht-button utrecht-button--primary-action" `utrecht-heading-${level}`');

  it('reads whole classes and prefixes of classes built in code', () => {
    expect(classes.names.has('utrecht-button')).toBe(true);
    expect(classes.prefixes).toEqual(['utrecht-heading-']);
  });

  it('a selector that needs a class nobody uses can never match', () => {
    expect(selectorMayMatch('.utrecht-button--primary-action:hover', classes)).toBe(true);
    expect(selectorMayMatch('.utrecht-button--danger', classes)).toBe(false);
    expect(selectorMayMatch('.utrecht-heading-3', classes)).toBe(true);
    expect(selectorMayMatch('.vr-anything .utrecht-button', classes)).toBe(true);
    // :not(.unused) matches everything: it stays.
    expect(selectorMayMatch('.utrecht-button:not(.utrecht-button--busy)', classes)).toBe(true);
  });

  it('prunes unused selectors out of a list and drops a rule with none left', () => {
    const [out] = leanSheets(
      ['.utrecht-button,.utrecht-button--danger{color:red}.utrecht-button--ready{color:green}'],
      [],
      classes,
    );
    expect(out).toBe('.utrecht-button{color:red}');
  });

  it('finds every class the site writes, in its sources and content', () => {
    const { classes: found } = scanSource([join(root, 'src'), join(root, 'content')]);
    // Written by the Markdown integration and by components.
    for (const c of ['utrecht-table', 'utrecht-button--primary-action', 'utrecht-link'])
      expect(found.names).toContain(c);
  });
});

describe('fallback fonts in the font stacks', () => {
  const face = `@font-face{font-family:'Noto Sans fallback';src:local('Arial');size-adjust:104%}`;

  it("puts '<font> fallback' right after its font, in tokens and in rules", () => {
    const [, out] = leanSheets(
      [face, `.t{--x-font-family:'Noto Sans', sans-serif}p{font-family:"Noto Sans",serif}`],
      ['--x-font-family'],
    );
    expect(out).toContain(`--x-font-family:'Noto Sans','Noto Sans fallback', sans-serif`);
    expect(out).toContain(`font-family:"Noto Sans",'Noto Sans fallback',serif`);
  });

  it('leaves a stack without that font alone, and does not add it twice', () => {
    const css = `p{font-family:'Fira Sans', sans-serif}q{font-family:'Noto Sans','Noto Sans fallback',sans-serif}`;
    const [, out] = leanSheets([face, css]);
    expect(out).toBe(css);
  });

  it('the theme defines a fallback face for each bundled font', () => {
    const theme = readFileSync(join(root, 'src/styles/theme.css'), 'utf8');
    for (const family of ['Noto Sans', 'Noto Serif']) expect(theme).toContain(`font-family: '${family} fallback'`);
  });

  it("Capsize's sums: a font twice as wide gets size-adjust 200% and its ascent in the larger em", () => {
    const font = { ascent: 1000, descent: -200, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 600 };
    const local = { ascent: 1800, descent: -400, lineGap: 60, unitsPerEm: 2000, xWidthAvg: 600 };
    expect(overrides(font, local)).toEqual({
      'size-adjust': '200%',
      'ascent-override': '50%',
      'descent-override': '10%',
      'line-gap-override': '0%',
    });
  });

  it.skipIf(!twinsInstalled())('theme.css holds the faces made from the font files', async () => {
    const theme = readFileSync(join(root, 'src/styles/theme.css'), 'utf8');
    // As Prettier leaves them: compared with whitespace folded.
    expect(oneLine(theme)).toContain(oneLine(await fallbackCss()));
  });
});

describe("Vite's preload helper", () => {
  const chunk = `import{t as e}from"./preload-helper.DygEbaNj.js";var n=()=>e(()=>import(\`./search-dialog.g8uf1Spf.js\`),[]);`;

  it('gives way to a stand-in that just runs the import', () => {
    const out = withoutPreloadHelper(chunk)!;
    expect(out).not.toContain('preload-helper');
    expect(out).toContain('const e=f=>f();');
    expect(new Function('f', `const e=f=>f(); return e(f)`)(() => 42)).toBe(42);
  });

  it('drops the list of files to preload with it', () => {
    const withDeps = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\n${chunk.replace('[])', '__vite__mapDeps([0,1]))')}`;
    const out = withoutPreloadHelper(withDeps)!;
    expect(out).not.toContain('__vite__mapDeps');
    expect(out).toContain('),0)');
  });

  it('stays where a lazy chunk needs CSS (only the helper adds it), or is not used', () => {
    const css = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/a.css"])))=>i.map(i=>d[i]);\n${chunk}`;
    expect(withoutPreloadHelper(css)).toBeNull();
    expect(withoutPreloadHelper('import{a as b}from"./other.js";')).toBeNull();
  });
});
