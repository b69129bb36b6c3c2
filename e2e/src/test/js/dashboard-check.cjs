// Opens indicator-service's dashboard in headless Chromium (Debian's package, driven by
// playwright-core) and prints what a person would see as one JSON object: the tables' rows,
// how many charts rendered, what happens on choosing another period and then one indicator, and
// every console error, page error and failed request. DashboardBrowserTest asserts on it.
"use strict";
const { chromium } = require("playwright-core");

const rows = (selector) =>
  `${selector} tbody tr[data-region]`;

async function tables(page) {
  const read = (selector) =>
    page.$$eval(rows(selector), (trs) =>
      trs.map((tr) => ({
        region: tr.dataset.region,
        cells: [...tr.cells].map((cell) => cell.textContent.trim()),
      }))
    );
  return {
    shownPeriod: (await page.textContent("#shown-period")).trim(),
    budget: await read("#budget"),
    indicators: await read("#indicators"),
    reports: await read("#reports"),
    index: await read("#index"),
    charts: await page.$$eval(".chart[data-rendered=true] canvas", (c) => c.length),
  };
}

(async () => {
  const [baseUrl, firstPeriod, secondPeriod] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.DTM_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  try {
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
    page.on("requestfailed", (request) => problems.failedRequests.push(request.url()));
    page.on("response", (response) => {
      if (response.status() >= 400) {
        problems.failedRequests.push(response.status() + " " + response.url());
      }
    });

    await page.goto(`${baseUrl}/dashboard?period=${firstPeriod}`, { waitUntil: "load" });
    await page.waitForSelector("#budget-chart[data-rendered=true] canvas", { timeout: 20000 });
    const first = { title: await page.title(), ...(await tables(page)) };

    await Promise.all([page.waitForURL(`**period=${secondPeriod}**`), page.selectOption("#period", secondPeriod)]);
    await page.waitForLoadState("load");
    const second = { url: page.url(), ...(await tables(page)) };

    await page.selectOption("#indicator", ["INTERNET_COVERAGE"]);
    await Promise.all([
      page.waitForURL("**indicator=INTERNET_COVERAGE**"),
      page.click("#period-form button[type=submit]"),
    ]);
    await page.waitForLoadState("load");
    const third = { url: page.url(), ...(await tables(page)) };

    console.log(JSON.stringify({ first, second, third, ...problems }));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
