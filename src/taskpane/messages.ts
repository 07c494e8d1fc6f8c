/**
 * Every string the task pane shows, in both languages, in one catalogue.
 * Errors from Excel or the network are mapped here to words an analyst understands.
 */
import type { Language } from "../model/language";
import type { PresetId } from "../model/presets";
import { ADDIN_NAMESPACE } from "./addinNamespace";

/** The steps of an insertion, in order; the pane lists them while it works. */
export const INSERT_STEPS = ["template", "insert", "link", "inputs", "charts", "results"] as const;
export type InsertStep = (typeof INSERT_STEPS)[number];
/** How far a step that takes several Excel requests has got: `done` of `total` blocks. */
export interface StepProgress {
  readonly done: number;
  readonly total: number;
}

/** What went wrong, as the insertion module classifies it (see insert.ts `classifyError`). */
export type ProblemKind =
  | "templateDownload"
  | "cellEditMode"
  | "protected"
  | "tooLarge"
  | "unexpectedTemplate"
  | "badFleet"
  | "busy"
  | "unsupported"
  | "unknown";

export interface Catalogue {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  /** "Language" in the other language, so that someone who can't read this one finds the switch. */
  readonly languageLabelOther: string;
  readonly tabs: {
    readonly insert: string;
    readonly functions: string;
    readonly check: string;
    readonly help: string;
  };
  readonly insert: {
    readonly intro: string;
    readonly editionLegend: string;
    readonly editions: Readonly<Record<Language, string>>;
    readonly presetLegend: string;
    /** One card per preset (src/model/presets.ts) plus "custom": the compiler asks for each. */
    readonly presets: Readonly<Record<PresetId, { title: string; detail: string }>>;
    readonly customFleetLabel: string;
    readonly customFleetHint: string;
    readonly scenarioLegend: string;
    readonly scenarios: Readonly<Record<"low" | "mid" | "high", string>>;
    readonly button: string;
    readonly busyButton: string;
    readonly safetyNote: string;
    readonly steps: Readonly<Record<InsertStep, string>>;
    /** The progress bar's accessible name. */
    readonly progressLabel: string;
    /** What a screen reader hears once per step, e.g. "Step 2 of 6: Insert the sheets". */
    readonly stepAnnouncement: (index: number, total: number, step: string) => string;
    /** Beside a step that takes several Excel requests: how far it has got. */
    readonly stepBlocks: (done: number, total: number) => string;
    readonly doneTitle: string;
    readonly doneBody: (sheets: readonly string[], dashboard: string) => string;
    /** The insertion stands, but Excel refused to show the dashboard (activate(), office-js #2625). */
    readonly doneBodyNotOpened: (sheets: readonly string[], dashboard: string) => string;
    readonly renamedNote: (pairs: readonly { from: string; to: string }[]) => string;
    readonly shadowedNote: (names: readonly string[]) => string;
    /** Names of the user's that Excel changed inserting the sheets, left as Excel left them. */
    readonly namesChangedNote: (names: readonly string[]) => string;
    readonly results: {
      readonly title: string;
      readonly dataAssetValue: string;
      readonly ecosystemRevenue: string;
      readonly ecosystemMultiple: string;
      readonly marginGap: string;
      readonly year5RoleStatusQuo: string;
      readonly year5ValueStatusQuo: string;
      readonly year5Role: string;
      readonly year5Value: string;
      readonly npv: string;
      readonly npvIncremental: string;
      readonly valueIncremental: string;
      readonly paybackYear: string;
      /** Out_PaybackYear or Out_IRR_Incremental with nothing to compute: 不适用 / n/a. */
      readonly notApplicable: string;
      readonly breakevenYear: string;
      readonly fleetForD: string;
      readonly probD: string;
      readonly npvP10P90: string;
      /** Out_BreakevenYear as a sentence part: "第 1 年" / "Year 1". */
      readonly inYear: (year: number) => string;
      readonly notWithinPlan: string;
      readonly unreachable: string;
      readonly checkAll: string;
      readonly checksPass: string;
      readonly checksFail: string;
      readonly notAvailable: string;
    };
    readonly failedTitle: string;
    readonly rolledBack: string;
    readonly rollbackIncomplete: (leftovers: readonly string[]) => string;
    /** The rollback removed everything the insertion added, but others' additions remain. */
    readonly rolledBackOwn: string;
    readonly rollbackRemoved: (
      sheets: readonly string[],
      names: readonly string[],
      charts: readonly string[]
    ) => string;
    readonly rollbackLeftAlone: Readonly<
      Record<
        "notAdded" | "unknownOrigin" | "changedSince" | "changedByOthers" | "changedByExcel",
        (sheets: readonly string[], names: readonly string[]) => string
      >
    >;
    readonly technical: string;
    readonly problems: Readonly<Record<ProblemKind, string>>;
    readonly unsupportedTitle: string;
    readonly unsupportedBody: string;
    readonly downloadLink: (edition: string) => string;
  };
  readonly functions: {
    readonly intro: string;
    readonly arguments: string;
    readonly optional: string;
    readonly example: string;
    readonly result: string;
    readonly writeButton: string;
    readonly written: (formula: string, address: string) => string;
    readonly writeFailed: string;
    readonly loadFailed: string;
    readonly noArguments: string;
  };
  readonly help: {
    readonly title: string;
    readonly body: readonly string[];
    readonly openHelp: string;
    readonly downloads: string;
    readonly version: (version: string) => string;
  };
  /** Shown when the page is opened outside Excel (a plain browser). */
  readonly outside: {
    readonly title: string;
    readonly body: string;
    readonly sideload: string;
    readonly helpLink: string;
    /** What else to check when Office.js is missing or Office never answered. */
    readonly reasons: Readonly<Record<"noOfficeJs" | "noAnswer", string>>;
  };
}

const quoteZh = (sheets: readonly string[]): string => sheets.map((s) => `“${s}”`).join("、");
const quoteEn = (sheets: readonly string[]): string => sheets.map((s) => `"${s}"`).join(", ");
/** “工作表“A”、“B”和名称 X” */
const listZh = (sheets: readonly string[], names: readonly string[]): string =>
  [
    sheets.length > 0 ? `工作表 ${quoteZh(sheets)}` : "",
    names.length > 0 ? `名称 ${names.join("、")}` : "",
  ]
    .filter((part) => part !== "")
    .join("和");
const listEn = (sheets: readonly string[], names: readonly string[]): string =>
  [
    sheets.length > 0 ? `${sheets.length === 1 ? "sheet" : "sheets"} ${quoteEn(sheets)}` : "",
    names.length > 0 ? `${names.length === 1 ? "name" : "names"} ${names.join(", ")}` : "",
  ]
    .filter((part) => part !== "")
    .join(" and ");

const ZH: Catalogue = {
  appTitle: "ECO 售后生态规划",
  appSubtitle: "数据资产\u00a0· 用户资产\u00a0· 生态收入", // no-break before each "·"
  languageLabel: "界面语言",
  languageLabelOther: "Language",
  tabs: { insert: "插入工作簿", functions: "函数参考", check: "检查", help: "帮助" },
  insert: {
    intro: "把生态规划模型插入当前工作簿：填好您的保有量与情景，并在仪表盘上生成图表。",
    editionLegend: "工作簿语言",
    editions: { "zh-CN": "中文版", "en-US": "英文版（English）" },
    presetLegend: "起点",
    presets: {
      story: {
        title: "老张的公司（默认）",
        detail: "种子故事：10万辆，售后今天亏损 2,800万（S17）",
      },
      mature: { title: "成熟生态", detail: "理想化：各项生态与数据从第0年起全部到位，无网络成本" },
      nio50w: { title: "50万辆", detail: "蔚来式规模（S15），其余同种子故事" },
      million5y: { title: "100万辆", detail: "五年目标规模（S18），其余同种子故事" },
      custom: { title: "自定义", detail: "输入您的保有量" },
    },
    customFleetLabel: "保有量（辆）",
    customFleetHint: "1 至 1 亿之间的整数车辆数，例如 250000 或 25万。",
    scenarioLegend: "情景",
    scenarios: { low: "低", mid: "中", high: "高" },
    button: "插入规划工作簿",
    busyButton: "正在插入…",
    safetyNote: "只会新增工作表；您现有的工作表、数据与名称不会被改动。",
    steps: {
      template: "下载模板",
      insert: "插入工作表",
      link: "校准公式与名称",
      inputs: "写入规划假设",
      charts: "生成仪表盘图表",
      results: "读取关键结果",
    },
    progressLabel: "插入进度",
    stepAnnouncement: (index, total, step) => `第 ${index}/${total} 步：${step}`,
    stepBlocks: (done, total) => `第 ${done}/${total} 批`,
    doneTitle: "已插入规划工作簿",
    doneBody: (sheets, dashboard) => `新增 ${sheets.length} 张工作表，已切换到“${dashboard}”。`,
    doneBodyNotOpened: (sheets, dashboard) =>
      `新增 ${sheets.length} 张工作表，但 Excel 未能切换到“${dashboard}”。请点击窗口底部的“${dashboard}”工作表标签查看。`,
    renamedNote: (pairs) =>
      `您的工作簿里已有同名工作表，新工作表已改名：${pairs.map((p) => `“${p.from}”→“${p.to}”`).join("、")}。公式均指向新插入的工作表。`,
    shadowedNote: (names) =>
      `您的工作簿已定义名称 ${names.join("、")}，这些名称保持不变；新模型在自己的工作表上使用同名的工作表级名称。`,
    namesChangedNote: (names) =>
      `Excel 在插入工作表时改动了您的名称 ${names.join("、")}。Excel 以您的界面语言报告名称的公式，ECO 无法把原来的公式原样写回，因此未改动：请检查其引用的内容。`,
    results: {
      title: "关键结果",
      dataAssetValue: "数据资产年价值",
      ecosystemRevenue: "生态年收入",
      ecosystemMultiple: "生态收入 ÷ 传统售后",
      marginGap: "毛利缺口（燃油车 → 新能源）",
      year5RoleStatusQuo: "现状（不建生态）第 5 年角色",
      year5ValueStatusQuo: "现状第 5 年税前贡献",
      year5Role: "生态规划第 5 年角色",
      year5Value: "生态规划第 5 年税前贡献",
      npv: "规划税前净现值（NPV）",
      npvIncremental: "增量净现值（对比现状）",
      valueIncremental: "售后生态增加的估值（税前，第5年永续）",
      paybackYear: "投资回收年",
      notApplicable: "不适用",
      breakevenYear: "经营盈亏平衡年（贡献 ≥ 0）",
      fleetForD: "成为价值引擎所需保有量",
      probD: "第 5 年成为价值引擎（D）的概率",
      npvP10P90: "净现值 P10–P90（1,000 次模拟）",
      inYear: (year) => `第 ${year} 年`,
      notWithinPlan: "规划期内未达到",
      unreachable: "无法达到",
      checkAll: "模型校验",
      checksPass: "全部通过",
      checksFail: "有未通过的校验，请查看校验表",
      notAvailable: "—",
    },
    failedTitle: "插入未完成",
    rolledBack: "已撤销本次插入的全部内容，您的工作簿与插入前完全一致。",
    rollbackIncomplete: (leftovers) =>
      `未能自动撤销以下内容，请手动删除：${leftovers.join("、")}。您原有的工作表未受影响。`,
    rolledBackOwn: "已撤销本次插入添加的全部内容。",
    rollbackRemoved: (sheets, names, charts) =>
      `已删除本次插入添加的${[
        sheets.length > 0 ? `工作表 ${quoteZh(sheets)}` : "",
        names.length > 0 ? `名称 ${names.join("、")}` : "",
        charts.length > 0 ? `图表 ${charts.join("、")}` : "",
      ]
        .filter((part) => part !== "")
        .join("；")}。`,
    rollbackLeftAlone: {
      notAdded: (sheets, names) =>
        `插入期间别人（或您）新增的${listZh(sheets, names)}不是本次插入添加的，已原样保留。`,
      unknownOrigin: (sheets, names) =>
        `Excel 在报告插入了哪些工作表之前就出错了，无法确认插入期间出现的${listZh(sheets, names)}是否由本次插入添加，因此已原样保留。请检查后自行删除不需要的内容。`,
      changedSince: (sheets, names) =>
        `${listZh(sheets, names)}在插入后又被修改过，已保留修改后的内容，未撤销。`,
      changedByOthers: (sheets, names) =>
        `${listZh(sheets, names)}在插入期间被别人（或您）修改过，不是本次插入的改动，已原样保留。`,
      changedByExcel: (sheets, names) =>
        `Excel 在插入工作表时改动了您的${listZh(sheets, names)}。Excel 以您的界面语言报告名称的公式，ECO 无法把原来的公式原样写回，因此未改动：请检查其引用的内容。`,
    },
    technical: "技术细节",
    problems: {
      templateDownload:
        "无法从加载项服务器下载模板。请检查网络连接后重试，或使用下方的独立工作簿下载。",
      cellEditMode: "Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑后重试。",
      protected: "此工作簿的结构受保护，无法新增工作表。请在“审阅 › 保护工作簿”中取消保护后重试。",
      tooLarge: "此版本的 Excel 无法一次接收整个模板。请改用下方的独立工作簿下载。",
      unexpectedTemplate:
        "插入的工作表与模板说明不一致，可能是加载项版本不匹配。请刷新任务窗格后重试。",
      badFleet: "保有量必须是 1 至 1 亿之间的整数。",
      busy: "Excel 正忙（可能正在计算或有对话框打开）。请稍候再试。",
      unsupported:
        "插入规划工作簿需要 Excel API 1.13，此版本的 Excel 没有。您仍可使用 ECO 函数，或使用下方的独立工作簿下载。",
      unknown: "Excel 未能完成插入。请重试；如果问题仍然存在，请使用独立工作簿下载。",
    },
    unsupportedTitle: "此版本的 Excel 无法插入工作表",
    unsupportedBody:
      "插入规划工作簿需要 Excel API 1.13（Microsoft 365 版 Excel 或网页版 Excel）。您仍可使用 ECO 函数，或下载独立的规划工作簿。",
    downloadLink: (edition) => `下载独立工作簿：${edition}`,
  },
  functions: {
    intro: `在任意单元格中输入 =${ADDIN_NAMESPACE}. 即可使用以下函数。点击按钮把示例公式写入当前选中的单元格。`,
    arguments: "参数",
    optional: "可选",
    example: "示例",
    result: "结果",
    writeButton: "写入所选单元格",
    written: (formula, address) => `已把 ${formula} 写入 ${address}。`,
    writeFailed: "无法写入所选单元格。请选择单个单元格（不在编辑状态）后重试。",
    loadFailed: "暂时无法读取函数说明，以下只列出示例。",
    noArguments: "无参数",
  },
  help: {
    title: "帮助",
    body: [
      "“插入工作簿”会在当前工作簿末尾新增假设、计算、校验与仪表盘等工作表；所有假设集中在假设表，标注单位、低/中/高取值与种子数据编号。",
      "金额单位为元；ECO 函数的 unit 参数可选“万”或“亿”。",
      "若插入失败，加载项会撤销已插入的内容并说明原因。",
    ],
    openHelp: "打开完整帮助",
    downloads: "独立工作簿下载",
    version: (version) => `版本 ${version}`,
  },
  outside: {
    title: "ECO 需要在 Excel 中打开",
    body: "这是 ECO 加载项的任务窗格，只能在 Excel 里运行。",
    sideload:
      "请先在 Excel 中旁加载清单文件 manifest.xml：网页版 Excel 依次选择“开始 › 加载项 › 更多加载项 › 我的加载项 › 上传我的加载项”；Windows 与 Mac 桌面版的步骤见帮助。",
    helpLink: "帮助：如何旁加载 ECO",
    reasons: {
      noOfficeJs:
        "未能加载 Office.js（appsforoffice.microsoft.com）。如果您是在 Excel 中打开的，请检查网络是否允许访问该地址。",
      noAnswer: "Office 没有响应。如果您是在 Excel 中打开的，请关闭任务窗格后重新打开。",
    },
  },
};

const EN: Catalogue = {
  appTitle: "ECO After-Sales Ecosystem",
  appSubtitle: "Data assets\u00a0· user assets\u00a0· ecosystem revenue",
  languageLabel: "Language",
  languageLabelOther: "语言",
  tabs: { insert: "Insert", functions: "Functions", check: "Check", help: "Help" },
  insert: {
    intro:
      "Add the planning model to this workbook, with your fleet and scenario filled in and charts on the dashboard.",
    editionLegend: "Workbook language",
    editions: { "zh-CN": "Chinese (中文)", "en-US": "English" },
    presetLegend: "Starting point",
    presets: {
      story: {
        title: "Lao Zhang's company (default)",
        detail: "The seed's story: 100k vehicles, after-sales losing CNY 28m today (S17)",
      },
      mature: {
        title: "Mature ecosystem",
        detail: "Idealised: every stream and all data from year 0, no network cost",
      },
      nio50w: { title: "500k vehicles", detail: "NIO-style scale (S15), otherwise the story" },
      million5y: {
        title: "1M vehicles",
        detail: "Five-year target fleet (S18), otherwise the story",
      },
      custom: { title: "Custom", detail: "Enter your own fleet" },
    },
    customFleetLabel: "Vehicles in service",
    customFleetHint: "A whole number of vehicles from 1 to 100,000,000, e.g. 250000 or 250,000.",
    scenarioLegend: "Scenario",
    scenarios: { low: "Low", mid: "Mid", high: "High" },
    button: "Insert planning workbook",
    busyButton: "Inserting…",
    safetyNote: "Only adds sheets: your existing sheets, data and names stay as they are.",
    steps: {
      template: "Download the template",
      insert: "Insert the sheets",
      link: "Check formulas and names",
      inputs: "Write the plan's inputs",
      charts: "Add the dashboard charts",
      results: "Read the key results",
    },
    progressLabel: "Insertion progress",
    stepAnnouncement: (index, total, step) => `Step ${index} of ${total}: ${step}`,
    stepBlocks: (done, total) => `block ${done} of ${total}`,
    doneTitle: "Planning workbook inserted",
    doneBody: (sheets, dashboard) =>
      `Added ${sheets.length} sheets and switched to "${dashboard}".`,
    doneBodyNotOpened: (sheets, dashboard) =>
      `Added ${sheets.length} sheets, but Excel could not switch to "${dashboard}". Click its sheet tab at the bottom of the window to see it.`,
    renamedNote: (pairs) =>
      `Your workbook already had sheets with these names, so the new ones were renamed: ${pairs
        .map((p) => `"${p.from}" → "${p.to}"`)
        .join(", ")}. All formulas point at the new sheets.`,
    shadowedNote: (names) =>
      `Your workbook already defines ${names.join(", ")}. Those names are unchanged; the new model uses sheet-level names of its own.`,
    namesChangedNote: (names) =>
      `Excel changed your ${names.length === 1 ? "name" : "names"} ${names.join(", ")} while inserting the sheets. Excel reports a name's formula in your display language, so ECO cannot write the old one back exactly and left ${names.length === 1 ? "it as it is: check what it refers" : "them as they are: check what they refer"} to.`,
    results: {
      title: "Key results",
      dataAssetValue: "Data asset value per year",
      ecosystemRevenue: "Ecosystem revenue per year",
      ecosystemMultiple: "Ecosystem ÷ traditional",
      marginGap: "Margin gap (ICE → EV)",
      year5RoleStatusQuo: "Status quo (no ecosystem): role in year 5",
      year5ValueStatusQuo: "Status quo: pre-tax contribution in year 5",
      year5Role: "Ecosystem plan: role in year 5",
      year5Value: "Ecosystem plan: pre-tax contribution in year 5",
      npv: "Pre-tax NPV of the plan",
      npvIncremental: "Incremental NPV (against the status quo)",
      valueIncremental: "Value the ecosystem adds (pre-tax, year 5 in perpetuity)",
      paybackYear: "Payback year",
      notApplicable: "n/a",
      breakevenYear: "Operating break-even year (contribution ≥ 0)",
      fleetForD: "Fleet needed to be a value engine",
      probD: "Probability of D (value engine) in year 5",
      npvP10P90: "NPV P10–P90 (1,000 simulated trials)",
      inYear: (year) => `Year ${year}`,
      notWithinPlan: "not within plan",
      unreachable: "unreachable",
      checkAll: "Model checks",
      checksPass: "All pass",
      checksFail: "Some checks fail: see the checks sheet",
      notAvailable: "—",
    },
    failedTitle: "The workbook was not inserted",
    rolledBack:
      "Everything this insertion added has been removed; your workbook is exactly as it was.",
    rollbackIncomplete: (leftovers) =>
      `These could not be removed automatically; please delete them by hand: ${leftovers.join(", ")}. Your own sheets were not affected.`,
    rolledBackOwn: "Everything this insertion added has been removed.",
    rollbackRemoved: (sheets, names, charts) =>
      `Removed what this insertion added: ${[
        sheets.length > 0 ? `${sheets.length === 1 ? "sheet" : "sheets"} ${quoteEn(sheets)}` : "",
        names.length > 0 ? `${names.length === 1 ? "name" : "names"} ${names.join(", ")}` : "",
        charts.length > 0 ? `${charts.length === 1 ? "chart" : "charts"} ${charts.join(", ")}` : "",
      ]
        .filter((part) => part !== "")
        .join("; ")}.`,
    rollbackLeftAlone: {
      notAdded: (sheets, names) =>
        `Left alone: ${listEn(sheets, names)}, added by someone else (or you) while the insertion ran.`,
      unknownOrigin: (sheets, names) =>
        `Excel failed before it said which sheets it had inserted, so ECO cannot tell whether ${listEn(sheets, names)} came from this insertion; left as they are. Check them and delete what you do not need.`,
      changedSince: (sheets, names) =>
        `Left alone: ${listEn(sheets, names)}, changed by someone since the insertion wrote ${sheets.length + names.length === 1 ? "it" : "them"}.`,
      changedByOthers: (sheets, names) =>
        `Left alone: ${listEn(sheets, names)}, changed by someone else (or you) while the insertion ran, not by the insertion.`,
      changedByExcel: (sheets, names) =>
        `Excel changed your ${listEn(sheets, names)} while inserting the sheets. Excel reports a name's formula in your display language, so ECO cannot write the old one back exactly and left ${sheets.length + names.length === 1 ? "it" : "them"} as ${sheets.length + names.length === 1 ? "it is" : "they are"}: check what ${sheets.length + names.length === 1 ? "it refers" : "they refer"} to.`,
    },
    technical: "Technical details",
    problems: {
      templateDownload:
        "The template could not be downloaded from the add-in's server. Check your connection and try again, or use the standalone download below.",
      cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
      protected:
        "This workbook's structure is protected, so no sheets can be added. Unprotect it (Review › Protect Workbook) and try again.",
      tooLarge:
        "This version of Excel cannot take the whole template at once. Use the standalone download below instead.",
      unexpectedTemplate:
        "The inserted sheets don't match the template description; the add-in may be out of date. Reload the task pane and try again.",
      badFleet: "The fleet must be a whole number between 1 and 100,000,000.",
      busy: "Excel is busy (calculating, or a dialog is open). Wait a moment and try again.",
      unsupported:
        "Inserting the planning workbook needs Excel API 1.13, which this Excel does not have. You can still use the ECO functions, or the standalone download below.",
      unknown:
        "Excel could not finish the insertion. Try again; if it keeps failing, use the standalone download.",
    },
    unsupportedTitle: "This version of Excel can't insert sheets",
    unsupportedBody:
      "Inserting the planning workbook needs Excel API 1.13 (Excel for Microsoft 365 or Excel on the web). You can still use the ECO functions, or download the standalone planning workbook.",
    downloadLink: (edition) => `Download the standalone workbook: ${edition}`,
  },
  functions: {
    intro: `Type =${ADDIN_NAMESPACE}. in any cell to use these functions. The button writes the example formula into the selected cell.`,
    arguments: "Arguments",
    optional: "optional",
    example: "Example",
    result: "Result",
    writeButton: "Write to selected cell",
    written: (formula, address) => `Wrote ${formula} into ${address}.`,
    writeFailed:
      "Couldn't write into the selection. Select a single cell (not in edit mode) and try again.",
    loadFailed: "The function descriptions could not be loaded; only the examples are listed.",
    noArguments: "No arguments",
  },
  help: {
    title: "Help",
    body: [
      "Insert adds the inputs, calculation, checks and dashboard sheets at the end of this workbook. Every assumption sits on the inputs sheet with its unit, low/mid/high values and seed figure id.",
      "Amounts are in CNY (元); the ECO functions' unit argument also takes 万 (10⁴) or 亿 (10⁸).",
      "If an insertion fails, the add-in removes what it added and tells you why.",
    ],
    openHelp: "Open the full help",
    downloads: "Standalone workbook downloads",
    version: (version) => `Version ${version}`,
  },
  outside: {
    title: "ECO runs inside Excel",
    body: "This page is the ECO add-in's task pane; it works only inside Excel.",
    sideload:
      "Sideload the add-in's manifest.xml in Excel first: in Excel on the web, Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in; the steps for Windows and Mac are in the help.",
    helpLink: "Help: how to sideload ECO",
    reasons: {
      noOfficeJs:
        "Office.js could not be loaded from appsforoffice.microsoft.com. If you opened this inside Excel, check that the network lets you reach that address.",
      noAnswer:
        "Office did not answer. If you opened this inside Excel, close the task pane and open it again.",
    },
  },
};

export const MESSAGES = { "zh-CN": ZH, "en-US": EN } as const satisfies Record<Language, Catalogue>;

export function messages(lang: Language): Catalogue {
  return MESSAGES[lang];
}
