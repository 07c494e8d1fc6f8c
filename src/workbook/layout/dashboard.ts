/** The dashboard: headline numbers, and the small tables its charts draw (ChartLayout). */
import type { ChartLayout } from "./charts";
import type { CalcRow, Fmt, Formula, Text } from "./types";
import { U } from "./units";

export interface DashRow {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  /** One template per column; in a years table `#` stands for the column's year. */
  readonly cells: readonly Formula[];
  readonly fmt: Fmt;
}

export interface DashTable {
  readonly key: string;
  readonly title: Text;
  /** "years": the plan's year numbers; otherwise fixed column headers. */
  readonly header: "years" | readonly Text[];
  readonly rows: readonly DashRow[];
  readonly chart?: ChartLayout;
}

export interface Dashboard {
  readonly key: "dashboard";
  readonly name: Text;
  readonly title: Text;
  /** A formula per edition. */
  readonly subtitle: Text;
  readonly kpis: readonly CalcRow[];
  readonly tables: readonly DashTable[];
}

const YI: Text = { zh: "亿元/年", en: "亿 CNY/yr" };
const year = (row: string): Formula => `{plan.${row}@#}/{in.yi}`;
const years = (row: string): readonly Formula[] => [year(row)];

export const DASHBOARD: Dashboard = {
  key: "dashboard",
  name: { zh: "仪表盘", en: "Dashboard" },
  title: { zh: "售后生态仪表盘", en: "After-sales ecosystem dashboard" },
  subtitle: {
    zh: '"当前保有量 "&TEXT({in.fleet},"#,##0")&" 辆 · 情景:"&{in.scenario}&" · 第5年角色:"&{plan.role@5}',
    en: '"Fleet today "&TEXT({in.fleet},"#,##0")&" vehicles · scenario: "&{in.scenario}&" · year-5 role: "&{plan.role@5}',
  },
  kpis: [
    {
      key: "role",
      label: { zh: "第5年售后角色(问题1)", en: "Year-5 after-sales role (Q1)" },
      unit: U.role,
      formula: "{plan.role@5}",
      fmt: "text",
      style: "output",
    },
    {
      key: "year5Value",
      label: { zh: "第5年生态价值", en: "Year-5 ecosystem value" },
      unit: U.yuanYear,
      formula: "{plan.ecoValue@5}",
      fmt: "yi",
    },
    {
      key: "npv",
      label: { zh: "规划净现值", en: "NPV of the plan" },
      unit: U.yuan,
      formula: "{analysis.npv}",
      fmt: "yi",
    },
    {
      key: "breakeven",
      label: { zh: "生态价值转正的年份", en: "First year with value ≥ 0" },
      unit: U.year,
      formula: "{analysis.breakevenYear}",
      fmt: "year",
    },
    {
      key: "fleetForD",
      label: { zh: "成为价值引擎所需保有量", en: "Fleet needed for D" },
      unit: U.vehicles,
      formula: "{analysis.fleetForD}",
      fmt: "count",
    },
    {
      key: "dataValue",
      label: { zh: "数据资产年价值", en: "Data asset value" },
      unit: U.yuanYear,
      formula: "{data.value}",
      fmt: "wan",
    },
    {
      key: "ecosystem",
      label: { zh: "生态收入", en: "Ecosystem revenue" },
      unit: U.yuanYear,
      formula: "{eco.ecosystem}",
      fmt: "yi",
    },
    {
      key: "traditional",
      label: { zh: "传统售后收入", en: "Traditional revenue" },
      unit: U.yuanYear,
      formula: "{eco.traditional}",
      fmt: "yi",
    },
    {
      key: "multiple",
      label: { zh: "生态 ÷ 传统", en: "Ecosystem ÷ traditional" },
      unit: U.multiple,
      formula: "{eco.multiple}",
      fmt: "ratio",
    },
    {
      key: "userAssets",
      label: { zh: "用户资产总价值", en: "User asset value" },
      unit: U.yuan,
      formula: "{users.value}",
      fmt: "yi",
    },
    {
      key: "marginGap",
      label: { zh: "蒸发的毛利", en: "Margin that evaporates" },
      unit: U.yuanYear,
      formula: "{econ.marginGap}",
      fmt: "yi",
    },
    {
      key: "checkAll",
      label: { zh: "总校验", en: "All checks" },
      unit: U.flag,
      formula: "{checks.all}",
      fmt: "bool",
      style: "check",
    },
  ],
  tables: [
    {
      key: "plan",
      title: { zh: "五年规划(亿元/年)", en: "Five-year plan (亿 CNY/yr)" },
      header: "years",
      rows: [
        {
          key: "profit",
          label: { zh: "售后利润", en: "After-sales profit" },
          unit: YI,
          cells: years("profit"),
          fmt: "dec2",
        },
        {
          key: "data",
          label: { zh: "数据资产", en: "Data assets" },
          unit: YI,
          cells: years("data"),
          fmt: "dec2",
        },
        {
          key: "ecoMargin",
          label: { zh: "生态毛利", en: "Ecosystem margin" },
          unit: YI,
          cells: years("ecoMargin"),
          fmt: "dec2",
        },
        {
          key: "ecoOpex",
          label: { zh: "平台运营成本（负）", en: "Platform opex (negative)" },
          unit: YI,
          cells: ["-{plan.ecoOpex@#}/{in.yi}"],
          fmt: "dec2",
        },
      ],
      chart: {
        id: "planValue",
        title: { zh: "生态价值构成（亿元/年）", en: "Ecosystem value by source (亿 CNY/yr)" },
        type: "ColumnStacked",
        seriesBy: "Rows",
        colors: { profit: "grey", data: "gold", ecoMargin: "blue", ecoOpex: "red" },
        heightRows: 16,
      },
    },
    {
      key: "threshold",
      title: {
        zh: "生态价值 vs D 门槛(亿元/年)",
        en: "Ecosystem value vs the D threshold (亿 CNY/yr)",
      },
      header: "years",
      rows: [
        {
          key: "ecoValue",
          label: { zh: "生态价值", en: "Ecosystem value" },
          unit: YI,
          cells: years("ecoValue"),
          fmt: "dec2",
        },
        {
          key: "thresholdD",
          label: { zh: "D 价值引擎门槛", en: "D value-engine threshold" },
          unit: YI,
          cells: ["{in.valueEngineValue}/{in.yi}"],
          fmt: "dec2",
        },
      ],
      chart: {
        id: "planThreshold",
        title: {
          zh: "生态价值与 D 门槛（亿元/年）",
          en: "Ecosystem value vs the D threshold (亿 CNY/yr)",
        },
        type: "ColumnClustered",
        seriesBy: "Rows",
        lines: ["thresholdD"],
        colors: { ecoValue: "blue", thresholdD: "red" },
        dataLabels: "Value",
        heightRows: 16,
      },
    },
    {
      key: "perVehicle",
      title: {
        zh: "单车售后:燃油车 vs 新能源(元/车/年)",
        en: "Per vehicle: ICE vs EV (CNY/vehicle/yr)",
      },
      header: [
        { zh: "燃油车", en: "ICE" },
        { zh: "新能源", en: "EV" },
      ],
      rows: [
        {
          key: "spend",
          label: { zh: "售后消费", en: "After-sales spend" },
          unit: U.perVehicleYear,
          cells: ["{econ.iceSpend}", "{econ.evSpend}"],
          fmt: "yuan",
        },
        {
          key: "margin",
          label: { zh: "售后毛利", en: "Gross margin" },
          unit: U.perVehicleYear,
          cells: ["{econ.iceMargin}", "{econ.evMargin}"],
          fmt: "yuan",
        },
      ],
      chart: {
        id: "iceVsEv",
        title: {
          zh: "燃油车 vs 新能源：单车售后（元/车/年）",
          en: "ICE vs EV after-sales per vehicle (CNY/vehicle/yr)",
        },
        type: "ColumnClustered",
        seriesBy: "Rows",
        colors: { spend: "grey", margin: "blue" },
        heightRows: 16,
      },
    },
    {
      key: "streams",
      title: {
        zh: "当前保有量的收入构成(亿元/年)",
        en: "Revenue mix at today's fleet (亿 CNY/yr)",
      },
      header: [{ zh: "收入", en: "Revenue" }],
      rows: [
        {
          key: "traditional",
          label: { zh: "传统售后", en: "Traditional" },
          unit: YI,
          cells: ["{eco.traditional}/{in.yi}"],
          fmt: "dec2",
        },
        {
          key: "baas",
          label: { zh: "BaaS 电池租赁", en: "BaaS" },
          unit: YI,
          cells: ["{eco.baas}/{in.yi}"],
          fmt: "dec2",
        },
        {
          key: "charging",
          label: { zh: "充电服务", en: "Charging" },
          unit: YI,
          cells: ["{eco.charging}/{in.yi}"],
          fmt: "dec2",
        },
        {
          key: "insurance",
          label: { zh: "保险佣金", en: "Insurance" },
          unit: YI,
          cells: ["{eco.insurance}/{in.yi}"],
          fmt: "dec2",
        },
        {
          key: "lifestyle",
          label: { zh: "NIO Life 精品", en: "Lifestyle" },
          unit: YI,
          cells: ["{eco.lifestyle}/{in.yi}"],
          fmt: "dec2",
        },
        {
          key: "usedcar",
          label: { zh: "二手车服务", en: "Used-car services" },
          unit: YI,
          cells: ["{eco.usedcar}/{in.yi}"],
          fmt: "dec2",
        },
      ],
      chart: {
        id: "revenueMix",
        title: { zh: "当前保有量的收入构成", en: "Revenue mix at today's fleet" },
        type: "Doughnut",
        seriesBy: "Columns",
        colors: { traditional: "grey" },
        legend: "Right",
        dataLabels: "Percent",
        heightRows: 16,
      },
    },
  ],
};
