/// <reference lib="dom" />
import axe from 'axe-core';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { freePort, ROOT } from './process';
import { TEST_USER, type TestApp } from './test-app';

/** Where the tests leave screenshots of the main pages for reviewers (README, "Web app"). */
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless (installed by .ci/run; nothing is downloaded). */
export function launchBrowser(): Promise<Browser> {
  // German browser controls too (the file picker's button), as the office's browsers have.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=de-DE'] });
}

/**
 * A page that records what the browser refused or failed (CSP violations, script errors,
 * answers of 400 and more except those `expected` matches).
 */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; deviceScaleFactor?: number; expected?: RegExp } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    // 2 with half the width: a window at 200 % zoom.
    deviceScaleFactor: options.deviceScaleFactor,
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // Failed requests are reported below, with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(m.text());
    }
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (
      r.status() >= 400 &&
      !r.url().endsWith('/api/v1/auth/me') &&
      !r.url().endsWith('/auth/login') &&
      !options.expected?.test(r.url())
    )
      problems.push(`${r.status()} ${r.url()}`);
  });
  return { page, problems };
}

/**
 * axe-core's WCAG 2.1 AA rules on the page as it stands (run through the DevTools protocol,
 * not a script tag, so the CSP stays as it is).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Fills in the sign-in form (the page must show it). */
export async function signIn(
  page: Page,
  credentials: { email: string; password: string } = TEST_USER,
) {
  await page.getByLabel('E-Mail-Adresse').fill(credentials.email);
  await page.getByLabel('Passwort').fill(credentials.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** How far the page is wider than the window (0 or less: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The elements that reach past the right edge of the window (what makes a page scroll sideways). */
export function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`,
      )
      .slice(0, 10);
  });
}

/** What the focused element is called: its label, aria-label and text, joined by " | ". */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    if (!e || e === document.body) return '';
    const labels = [...(e.labels ?? [])].map((l) => l.textContent ?? '');
    return [e.getAttribute('aria-label') ?? '', ...labels, e.textContent ?? '']
      .map((s) => s.trim())
      .join(' | ');
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the element named `name` has the focus, as a
 * keyboard user does, and checks that the focus is visible there; fails if it never gets there.
 */
export async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    const parts = current.split(' | ');
    const hit =
      typeof name === 'string' ? parts.includes(name) : parts.some((part) => name.test(part));
    if (hit) {
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      });
      if (!outline) throw new Error(`the focus on ${current} is not visible`);
      return;
    }
    seen.push(current);
  }
  throw new Error(`Tab never reached ${String(name)}; it went through: ${seen.join(' → ')}`);
}

/** Serves the test app on a free port of the loopback, for the browser; returns its address. */
export async function serve(t: TestApp): Promise<string> {
  const port = await freePort();
  await t.app.listen(port, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

/** Waits until no part of the page is still loading ("Wird geladen …"). */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('main')?.textContent?.includes('Wird geladen'),
  );
}
