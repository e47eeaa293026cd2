/**
 * The projector's type size, step by step: as large as fits the slide area, between the floor
 * (2.6% of the viewport height: 28 px at 1080p, readable from the back of a chamber) and 6%
 * (reveal.js's 42 px on its 700 px slide). A script of the projector page only, apart from its
 * island (src/islands/session/Projector.tsx), so the control view does not carry it.
 *
 * It refits whenever the projector's DOM changes (a new step, a revealed tally, the panel opened:
 * a MutationObserver, which runs before the browser paints) and whenever the slide's box changes
 * size (the resize event and a ResizeObserver: window, full screen, beamer). A step that does not fit even at the floor
 * scrolls inside its own box (data-fit="over"); slidesOf (src/lib/slides.ts) splits long steps so
 * that no step made from the content does. tests/e2e/projector-fit.spec.ts proves the fit.
 */
const TYPE = { floor: 0.026, max: 0.06 } as const;

/** Sizes found per slide element, by its box and text: going back and forth needs no new search. */
let fitted = new WeakMap<HTMLElement, Map<string, number>>();

function fitType(slide: HTMLElement) {
  const inner = slide.firstElementChild as HTMLElement | null;
  if (!inner) return;
  delete slide.dataset.fit;
  const css = getComputedStyle(slide);
  const room = slide.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
  const key = `${slide.clientWidth}×${slide.clientHeight}:${inner.textContent}`;
  const known = fitted.get(slide)?.get(key);
  if (known) {
    slide.style.fontSize = `${known}px`;
    return;
  }
  const h = window.innerHeight;
  let high = 0;
  const fits = (px: number) => {
    slide.style.fontSize = `${px}px`;
    high = inner.getBoundingClientRect().height;
    return high <= room && inner.scrollWidth <= inner.clientWidth;
  };
  // Rounded up, so the computed size is never a hair under the floor.
  const floor = Math.ceil(TYPE.floor * h * 100) / 100;
  const max = Math.max(floor, Math.floor(TYPE.max * h));
  let lo = floor;
  let hi = max;
  const done = (px: number) => {
    slide.style.fontSize = `${px}px`;
    if (!fitted.has(slide)) fitted.set(slide, new Map());
    fitted.get(slide)!.set(key, px);
  };
  if (fits(max)) return done(max);
  // Text takes area, which grows with the square of the type size: one measurement gives a close
  // first guess; a probe 4% beyond it brackets the answer, and a halving or two find it to 2%.
  const guess = Math.min(max, Math.max(floor, max * Math.sqrt(room / high)));
  if (fits(guess)) lo = guess;
  else hi = guess;
  const probe = lo === guess ? guess * 1.04 : guess * 0.96;
  if (probe > lo && probe < hi) {
    if (fits(probe)) lo = probe;
    else hi = probe;
  }
  if (lo === floor && !fits(floor)) {
    slide.dataset.fit = 'over';
    return;
  }
  while (hi - lo > Math.max(0.5, lo * 0.02)) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  done(lo);
}

const root = document.querySelector('main');
if (root) {
  let observed: Element | null = null;
  const sizes = new ResizeObserver(() => requestAnimationFrame(fit));
  function fit() {
    const slide = root!.querySelector<HTMLElement>('.vr-present .vr-slide');
    if (!slide) return;
    if (slide !== observed) {
      // A new element for each step: watch its size from now on.
      sizes.disconnect();
      sizes.observe(slide);
      observed = slide;
    }
    fitType(slide);
  }
  // Style changes are attributes, which it does not watch: its own font-size never sets it off.
  new MutationObserver(fit).observe(root, { childList: true, subtree: true, characterData: true });
  // A new window size is fitted before the next frame is drawn (the observer above would wait one).
  addEventListener('resize', fit);
  void document.fonts?.ready.then(() => {
    // Sizes measured with a fallback font no longer hold.
    fitted = new WeakMap();
    fit();
  });
  fit();
}
