// Opens mealplan's HTML report of a week in Debian's Chromium (headless, no network) and
// checks what a reader sees: seven days in the grid, a chart for every headline nutrient,
// a checkbox for every item of the shopping list, and no reference outside the file.
// Takes screenshots at desktop and phone width and of the printed page at A4 and Letter
// width, and prints the page to A4 and Letter PDFs; the same for every further page given
// (the day, the shopping list), which is checked only for references outside itself.
//
// node report_in_chromium.mjs REPORT.html OUTDIR [PAGE.html...]
import { readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [reportPath, outDir, ...otherPages] = process.argv.slice(2);
if (!reportPath || !outDir) {
  console.error('usage: node report_in_chromium.mjs REPORT.html OUTDIR');
  process.exit(2);
}
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

for (const path of [reportPath, ...otherPages]) {
  const html = readFileSync(path, 'utf8');
  check(!/https?:\/\//i.test(html), `${path} names an http(s) URL`);
  for (const [, attribute, value] of html.matchAll(/\b(src|href)\s*=\s*"([^"]*)"/gi)) {
    check(value.startsWith('#'), `${path}: external ${attribute}="${value}"`);
  }
}

// Screenshots of `page` as NAME-desktop.png, NAME-phone.png, NAME-a4.png and
// NAME-letter.png (the print stylesheet at the paper's width, 96 px to the inch), and the
// printed PDFs NAME-a4.pdf and NAME-letter.pdf; checks the phone view does not scroll
// sideways.
const views = async (page, name) => {
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(outDir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const phoneOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth);
  check(phoneOverflow <= 0, `${name}: the phone view scrolls sideways by ${phoneOverflow} px`);
  await page.screenshot({ path: join(outDir, `${name}-phone.png`), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  for (const [paper, width, height] of [['a4', 794, 1123], ['letter', 816, 1056]]) {
    // The printed sheet less the page's 10 mm margins (src/core/html.cpp), 96 px to the
    // inch: the grid of the week ends on the first sheet, and the list fills one sheet.
    await page.setViewportSize({ width: width - 76, height: height - 76 });
    const sheet = height - 76;
    const printed = await page.evaluate(() => ({
      week: document.getElementById('week')?.getBoundingClientRect().bottom ?? 0,
      list: document.getElementById('shopping')?.getBoundingClientRect().height ?? 0,
    }));
    check(printed.week <= sheet, `${name}: the week's grid ends at ${printed.week} px on ${paper}, ` +
          `past its first sheet (${sheet} px)`);
    check(printed.list <= sheet, `${name}: the list takes ${printed.list} px on ${paper}, ` +
          `more than one sheet (${sheet} px)`);
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(outDir, `${name}-${paper}.png`), fullPage: true });
    const pdf = join(outDir, `${name}-${paper}.pdf`);
    await page.pdf({ path: pdf, format: paper === 'a4' ? 'A4' : 'Letter', printBackground: true });
    check(statSync(pdf).size > 0, `${name}: the ${paper} PDF is empty`);
  }
};

const profile = mkdtempSync(join(tmpdir(), 'mealplan-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
try {
  const requests = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(resolve(reportPath)).href);

  const facts = await page.evaluate(() => ({
    days: [...document.querySelectorAll('#week tr.day')].map((row) => row.dataset.day),
    mealsPerDay: [...document.querySelectorAll('#week tr.day')].map(
      (row) => row.querySelectorAll('td .dish, td li').length > 0),
    nutrients: [...document.querySelectorAll('#coverage figure.nutrient')].map(
      (figure) => figure.dataset.nutrient),
    barsPerChart: [...document.querySelectorAll('#coverage figure.nutrient svg')].map(
      (svg) => svg.querySelectorAll('rect').length),
    // Every line to buy or to check for has a box; what the pantry already covers has none.
    items: document.querySelectorAll('#shopping li:not(.pantry li)').length,
    checkboxes: document.querySelectorAll('#shopping li input[type=checkbox]').length,
    cost: document.querySelector('#shopping .cost-summary')?.textContent ?? '',
    status: document.querySelector('header .status')?.textContent ?? '',
  }));
  check(facts.days.join(',') === '1,2,3,4,5,6,7', `days in the grid: ${facts.days}`);
  check(facts.mealsPerDay.every(Boolean), 'a day of the grid has no meal');
  const headline = ['magnesium_mg', 'calcium_mg', 'vitamin_d_ug', 'thiamin_mg', 'vitamin_b6_mg',
                    'vitamin_b12_ug', 'water_g', 'caffeine_mg'];
  for (const key of headline) check(facts.nutrients.includes(key), `no chart for ${key}`);
  check(facts.nutrients.slice(0, headline.length).every((key) => headline.includes(key)),
        `the headline charts do not come first: ${facts.nutrients.slice(0, 8)}`);
  check(facts.barsPerChart.every((bars) => bars === 7), `bars per chart: ${facts.barsPerChart}`);
  check(facts.items > 0 && facts.checkboxes === facts.items,
        `${facts.checkboxes} checkboxes for ${facts.items} list items`);
  check(facts.cost.startsWith('Cost of what you buy: $'), `cost summary: "${facts.cost}"`);
  check(facts.status.startsWith('Status: '), `status: "${facts.status}"`);

  // A ticked item stays ticked after a reload (the page's few lines of script).
  // Reload only once the page's storage holds the tick: Chromium commits localStorage
  // writes to its storage service asynchronously, and a reload racing the commit reads
  // the value from before the tick.
  await page.locator('#shopping input[type=checkbox]').first().check();
  await page.waitForFunction(() => Object.keys(localStorage).some(
      (key) => key.startsWith('mealplan:') && localStorage.getItem(key) === '1'));
  await page.waitForTimeout(200);
  await page.reload({ waitUntil: 'load' });
  check(await page.locator('#shopping input[type=checkbox]').first().isChecked(),
        'a ticked item is not ticked after a reload');
  await page.locator('#shopping input[type=checkbox]').first().uncheck();

  await views(page, 'week');
  for (const path of otherPages) {
    await page.goto(pathToFileURL(resolve(path)).href);
    await views(page, basename(path, '.html'));
  }
  check(requests.length === 0, `the pages asked the network for ${requests}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(1);
}
console.log(`ok: ${outDir}: NAME-desktop.png, -phone.png, -a4.png, -letter.png, -a4.pdf, ` +
            `-letter.pdf for week ${otherPages.map((path) => basename(path, '.html')).join(' ')}`);
