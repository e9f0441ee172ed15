/**
 * What a person sees, checked from computed styles in the browser: text that can be read, a layout a
 * host page's stylesheet has not bent, and a way on from every step. Used by the host-stylesheet stories
 * and, for the way on, after every story (.storybook/preview.tsx).
 */

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`/`rgba()`) as numbers; undefined for any other form. */
export function parseColor(value: string): Rgba | undefined {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match?.[1]) return undefined;
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** WCAG's relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG's contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The opaque colour behind an element: its own and its ancestors' backgrounds, composed. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] >= 1) break;
    }
  }
  // Whatever shows through at the bottom is the canvas: white, as browsers paint it by default.
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function opacity(element: Element): number {
  let product = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    product *= Number(getComputedStyle(node).opacity);
  }
  return product;
}

/** Disabled controls are exempt from contrast (WCAG 1.4.3), as are hidden ones. */
function exempt(element: Element): boolean {
  return (
    !element.checkVisibility({ opacityProperty: false, visibilityProperty: true }) ||
    element.closest('[aria-disabled="true"], :disabled') !== null
  );
}

/** Every visible text in `root` whose contrast with what is behind it is below `minimum`. */
export function lowContrastTexts(root: Element, minimum = 4.5): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const element = node.parentElement;
    if (!text || !element || exempt(element)) continue;
    const color = parseColor(getComputedStyle(element).color);
    if (!color) continue;
    const back = backdrop(element);
    const front = over([color[0], color[1], color[2], color[3] * opacity(element)], back);
    const ratio = contrast(front, back);
    if (ratio < minimum) problems.push(`"${text.slice(0, 40)}" has contrast ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

/**
 * The part of an element's box that can be seen: clipped by each ancestor inside `root` that clips its
 * overflow (the code field's input is wider than its row, which clips it).
 */
function visibleBox(
  element: Element,
  root: Element,
): { left: number; right: number; width: number; height: number } {
  const box = element.getBoundingClientRect();
  let { left, right } = box;
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (!/clip|hidden/.test(getComputedStyle(parent).overflowX)) continue;
    const clip = parent.getBoundingClientRect();
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
  }
  return { left, right, width: Math.max(0, right - left), height: box.height };
}

/** Layout the host page could have bent: alignment, the QR's place, and anything wider than the card. */
export function layoutProblems(root: Element): string[] {
  const problems: string[] = [];
  const card = root.getBoundingClientRect();
  for (const element of root.querySelectorAll('[data-slot="title"], [data-slot="label"]')) {
    const align = getComputedStyle(element).textAlign;
    if (align !== "start" && align !== "left")
      problems.push(`"${element.textContent}" is aligned ${align}, not to the start`);
  }
  const qr = root.querySelector('[data-slot="qr"]');
  const step = root.querySelector('[data-slot="step"]');
  if (qr && step) {
    const box = qr.getBoundingClientRect();
    const frame = step.getBoundingClientRect();
    const offset = box.left + box.width / 2 - (frame.left + frame.width / 2);
    if (Math.abs(offset) > 1) problems.push(`the QR code is ${offset.toFixed(1)} px off centre`);
  }
  for (const element of root.querySelectorAll("*")) {
    const box = visibleBox(element, root);
    if (box.width === 0 || box.height === 0 || exempt(element)) continue;
    if (box.left < card.left - 0.5 || box.right > card.right + 0.5)
      problems.push(
        `<${element.tagName.toLowerCase()} ${element.getAttribute("data-slot") ?? ""}> is wider than the card`,
      );
  }
  return problems;
}

/**
 * The controls of a step that take the user somewhere: submit, choices, links on or back. Not the
 * toggles that only change the step itself (show password, "Can't scan it?") nor the copy button.
 */
export function waysOn(step: Element): HTMLElement[] {
  return [...step.querySelectorAll<HTMLElement>("button, a[href]")].filter(
    (control) =>
      !control.matches(
        ":disabled, [aria-disabled='true'], [aria-pressed], [aria-expanded], [data-slot='copy']",
      ) && control.checkVisibility(),
  );
}

/**
 * Every step in `canvas` that leaves the user stuck: no enabled control moves them on or back. A step
 * that is loading or waiting for Cognito is on its way by itself; one not shown (a section waiting
 * hidden behind a fresh sign-in) is not in the user's way.
 */
export function stepsWithoutWayOn(canvas: Element): string[] {
  return [...canvas.querySelectorAll('[data-slot="step"]')]
    .filter((step) => !step.matches('[data-state="loading"], [data-state="pending"]'))
    .filter((step) => step.checkVisibility())
    .filter((step) => waysOn(step).length === 0)
    .map((step) => `${step.getAttribute("data-challenge") ?? "a step"} has no way on or back`);
}
