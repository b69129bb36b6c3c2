// Draws the dashboard's charts from the figures the server rendered into data-charts, and
// reloads the page when the period or jurisdiction changes (indicators, chosen several at a time,
// are applied with the form's button).
(function () {
  "use strict";

  const form = document.getElementById("period-form");
  for (const select of form.querySelectorAll("select:not([multiple])")) {
    select.addEventListener("change", () => form.submit());
  }

  const data = JSON.parse(document.querySelector("main").dataset.charts);
  const number = (values) => values.map((value) => (value === "" ? null : Number(value)));

  function bars(elementId, categories, series, axisName) {
    const element = document.getElementById(elementId);
    if (categories.length === 0) {
      element.hidden = true;
      return;
    }
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { show: series.length > 1 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", name: axisName },
      yAxis: { type: "category", data: categories, inverse: true },
      series: series.map((s) => ({ type: "bar", name: s.name, data: number(s.values) })),
    });
    element.dataset.rendered = "true";
    window.addEventListener("resize", () => chart.resize());
  }

  bars(
    "budget-chart",
    data.budget.regions,
    [
      { name: "План", values: data.budget.planned },
      { name: "Використано", values: data.budget.spent },
    ],
    "тис."
  );
  bars(
    "progress-chart",
    data.progress.labels,
    [{ name: "Прогрес до цілі, %", values: data.progress.values }],
    "%"
  );
  bars("index-chart", data.index.regions, [{ name: "DTM-1", values: data.index.values }], "");
})();
