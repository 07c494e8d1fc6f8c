/**
 * Every sentence of the Check / 检查 section, the self-test report, the #NAME? repair and the
 * formula-binding notes, in both languages (Chinese with full-width punctuation). Kept apart from
 * the view's catalogue (../messages.ts) so the two can change independently.
 */
import type { Language } from "../../model/language";
import type { FormulaCheck } from "./binding";
import type { ApiPurpose, CheckLine, FunctionState } from "./selfTest";
import type { SkipReason } from "./repair";

type FunctionLine = Extract<CheckLine, { kind: "function" }>;

/** How the report reached the clipboard (view/copyText.ts). */
export type CopyWay = "clipboard" | "selection" | "manual";
/** The self-test's lines are shown in these groups (report.ts `lineGroup`). */
export type LineGroup = "functions" | "api" | "templates";

/** At most `max` addresses, then how many more: "A1、A2 等 5 个" / "A1, A2 and 3 more". */
const someOf = (
  addresses: readonly string[],
  max: number,
  sep: string,
  more: (n: number) => string
) =>
  addresses.length <= max
    ? addresses.join(sep)
    : `${addresses.slice(0, max).join(sep)}${more(addresses.length - max)}`;

export interface CheckCatalogue {
  readonly section: {
    readonly title: string;
    /** Under the tab: what the section is for. */
    readonly tabIntro: string;
    readonly selfTestTitle: string;
    readonly intro: string;
    readonly runButton: string;
    readonly running: string;
    readonly copyButton: string;
    /** What copying did: the clipboard took it, the selected text was copied, or the user must. */
    readonly copied: Readonly<Record<CopyWay, string>>;
    /** The read-only box that holds the report when the clipboard is not available. */
    readonly reportTextLabel: string;
    readonly allPassed: string;
    readonly someFailed: (failed: number) => string;
    /** The self-test's lines, in three groups. */
    readonly groups: Readonly<Record<LineGroup, string>>;
    /** Read before each line by a screen reader (the icon says it to the eye). */
    readonly passed: string;
    readonly failed: string;
    readonly attention: string;
    readonly notice: string;
    /** Before the advice shown once under the function lines it concerns. */
    readonly whatToDo: string;
    /** The self-test could not run at all (the result bar's title). */
    readonly selfTestFailed: string;
    readonly repairTitle: string;
    readonly repairIntro: string;
    readonly repairButton: string;
    readonly repairing: string;
    readonly repairResult: Readonly<Record<"done" | "problems" | "failed", string>>;
    /** The action could not run at all (an unexpected error), with Excel's words. */
    readonly actionFailed: (detail: string) => string;
    /** After an insertion: ECO formula cells Excel did not bind, and where to repair them. */
    readonly insertNotBound: (addresses: readonly string[]) => string;
    readonly openRepair: string;
  };
  readonly report: {
    readonly title: string;
    readonly version: (version: string) => string;
    readonly host: (url: string) => string;
    readonly office: (platform: string, version: string) => string;
    readonly officeUnknown: string;
    readonly date: (isoLocal: string) => string;
    readonly summary: (passed: number, total: number) => string;
  };
  /** A function line of the text report: what happened, then what to do about it. */
  readonly function: (line: FunctionLine, number: (n: number) => string) => string;
  /** What happened to a function line, without the advice (the view gives that once). */
  readonly functionFinding: (line: FunctionLine, number: (n: number) => string) => string;
  /** What to do about a function line in this state; null when there is nothing to do. */
  readonly functionAdvice: (state: FunctionState) => string | null;
  readonly functionsFailed: (problem: "structureProtected" | "editMode" | "unknown") => string;
  readonly cleanup: (ok: boolean, sheet: string) => string;
  readonly api: (ok: boolean, set: string, version: string, purpose: ApiPurpose) => string;
  readonly template: (line: Extract<CheckLine, { kind: "template" }>) => string;
  readonly repair: {
    readonly nothingFound: string;
    readonly fixed: (count: number) => string;
    readonly fixedCell: (address: string) => string;
    readonly stillName: (count: number) => string;
    readonly stillNameCell: (address: string) => string;
    readonly skipped: (sheet: string, reason: SkipReason, cells: number) => string;
    /** Cells changed by someone after the repair found them: left as they are. */
    readonly changed: (count: number) => string;
    readonly changedCell: (address: string) => string;
    readonly reprotected: (sheets: readonly string[]) => string;
    readonly reprotectFailed: (sheets: readonly string[]) => string;
    readonly failed: string;
  };
  /** After the pane wrote an ECO formula: what Excel made of it. */
  readonly binding: (check: FormulaCheck) => string;
}

const zhState: Record<Exclude<FunctionState, "ok">, string> = {
  wrongValue: "结果不对",
  notBound: "显示 #NAME?：此 Excel 没有加载或没有绑定 ECO 函数",
  rewritten: "Excel 改写了公式，函数没有绑定",
  pending: "等待 15 秒后仍在计算",
  error: "返回了错误值",
  notRun: "没有运行",
};
const enState: Record<Exclude<FunctionState, "ok">, string> = {
  wrongValue: "wrong result",
  notBound: "shows #NAME?: the ECO functions are not loaded or not bound in this Excel",
  rewritten: "Excel rewrote the formula; the function is not bound",
  pending: "still calculating after 15 seconds",
  error: "returned an error value",
  notRun: "did not run",
};

const zhPurpose: Record<ApiPurpose, string> = {
  insert: "插入规划工作簿",
  repair: "快速查找 #NAME? 公式",
  functions: "ECO 自定义函数",
  sharedRuntime: "任务窗格与函数共用运行时",
};
const enPurpose: Record<ApiPurpose, string> = {
  insert: "inserting the planning workbook",
  repair: "finding #NAME? formulas quickly",
  functions: "the ECO custom functions",
  sharedRuntime: "the task pane and functions sharing one runtime",
};

const list = (items: string[], separator: string): string => items.join(separator);
const actualIn =
  (separator: string) =>
  (line: FunctionLine, number: (n: number) => string): string =>
    list(
      line.actual.map((v) => (typeof v === "number" ? number(v) : String(v ?? "—"))),
      separator
    );
const expectedIn =
  (separator: string) =>
  (line: FunctionLine, number: (n: number) => string): string =>
    list(line.expected.map(number), separator);
// A spilled result lists its cells: "；" in Chinese, "; " in English.
const zhValues = actualIn("；");
const zhWanted = expectedIn("；");
const values = actualIn("; ");
const wanted = expectedIn("; ");

function withAdvice(
  t: CheckCatalogue,
  line: FunctionLine,
  number: (n: number) => string,
  separator: string
): string {
  const advice = t.functionAdvice(line.state);
  const finding = t.functionFinding(line, number);
  return advice === null ? finding : `${finding}${separator}${advice}`;
}

const ZH: CheckCatalogue = {
  section: {
    title: "检查",
    tabIntro: "确认 ECO 在这台电脑的 Excel 中能用，并修复显示 #NAME? 的 ECO 公式。",
    selfTestTitle: "自检",
    intro:
      "十秒钟确认 ECO 在这台电脑的 Excel 中能用：函数能否计算、Excel 版本是否满足、模板能否从加载项服务器下载。检查会临时新增一张工作表，完成后立即删除。",
    runButton: "运行自检",
    running: "正在检查…",
    copyButton: "复制报告",
    copied: {
      clipboard: "报告已复制到剪贴板，可以粘贴给讲师。",
      selection: "报告已复制（通过选中下方文本框中的文字），可以粘贴给讲师。",
      manual:
        "此 Excel 不允许加载项复制。报告已在下方文本框中全部选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。",
    },
    reportTextLabel: "报告全文",
    allPassed: "全部通过：ECO 在此 Excel 中可以正常使用。",
    someFailed: (failed) => `有 ${failed} 项未通过，请查看下面的说明。`,
    groups: { functions: "ECO 函数", api: "Excel API 版本", templates: "模板下载" },
    passed: "通过：",
    failed: "未通过：",
    attention: "需要处理：",
    notice: "提示：",
    whatToDo: "怎么办：",
    selfTestFailed: "自检未完成",
    repairTitle: "修复 #NAME?",
    repairIntro:
      "在加载项加载之前输入或打开的 ECO 公式可能一直显示 #NAME?。此操作会找出整个工作簿中显示 #NAME? 的 ECO 公式并重新输入，让 Excel 重新识别；其他单元格不会被改动。",
    repairButton: "修复 #NAME?",
    repairing: "正在修复…",
    repairResult: {
      done: "修复完成",
      problems: "修复完成，但仍有公式未修复",
      failed: "修复未完成",
    },
    actionFailed: (detail) => `Excel 拒绝了操作（${detail}）。请结束单元格编辑后重试。`,
    insertNotBound: (addresses) =>
      `Excel 没有识别插入的工作簿中的 ${addresses.length} 个 ECO 公式（${someOf(addresses, 3, "、", (n) => ` 及另外 ${n} 个`)}），这些单元格会显示 #NAME?。请关闭再打开任务窗格，然后使用“检查 › 修复 #NAME?”。`,
    openRepair: "打开“检查 › 修复 #NAME?”",
  },
  report: {
    title: "ECO 自检报告",
    version: (version) => `加载项版本：${version}`,
    host: (url) => `加载项地址：${url}`,
    office: (platform, version) => `Excel：${platform} ${version}`,
    officeUnknown: "Excel：版本未知",
    date: (when) => `时间：${when}`,
    summary: (passed, total) => `结果：${passed}/${total} 项通过`,
  },
  function: (line, number) => withAdvice(ZH, line, number, ""),
  functionFinding: (line, number) => {
    const mark = line.ok ? "✓" : "✗";
    if (line.state === "ok")
      return `${mark} ${line.formula} ＝ ${zhValues(line, number)}，计算正确`;
    if (line.state === "wrongValue")
      return `${mark} ${line.formula} ${zhState.wrongValue}：得到 ${zhValues(line, number)}，应为 ${zhWanted(line, number)}`;
    if (line.state === "error")
      return `${mark} ${line.formula} ${zhState.error} ${zhValues(line, number)}（应为 ${zhWanted(line, number)}）`;
    if (line.state === "rewritten")
      return `${mark} ${line.formula} ${zhState.rewritten}（读回为 ${line.readBack}）。`;
    if (line.state === "notBound") return `${mark} ${line.formula} ${zhState.notBound}。`;
    if (line.state === "pending") return `${mark} ${line.formula} ${zhState.pending}（#BUSY!）。`;
    return `${mark} ${line.formula} ${zhState.notRun}`;
  },
  functionAdvice: (state) =>
    ({
      rewritten: "请点“修复 #NAME?”，或重新旁加载加载项。",
      notBound: "请先关闭再打开任务窗格；仍不行请重新旁加载清单，网页版 Excel 请刷新页面。",
      pending: "请稍后再运行一次自检。",
    })[state as "rewritten" | "notBound" | "pending"] ?? null,
  functionsFailed: (problem) =>
    ({
      structureProtected:
        "✗ 无法检查 ECO 函数：工作簿结构受保护，不能新增临时工作表。请在“审阅 › 保护工作簿”中取消保护后重试，或在一个新工作簿中运行自检。",
      editMode: "✗ 无法检查 ECO 函数：Excel 正在编辑某个单元格。请按 Enter 或 Esc 后重试。",
      unknown: "✗ 无法检查 ECO 函数：Excel 拒绝了操作。请在一个新的空白工作簿中重试。",
    })[problem],
  cleanup: (ok, sheet) =>
    ok
      ? `✓ 临时工作表“${sheet}”已删除，工作簿中没有留下任何内容`
      : `✗ 临时工作表“${sheet}”未能删除，请右键单击该工作表标签并选择“删除”`,
  api: (ok, set, version, purpose) =>
    ok
      ? `✓ ${set} ${version} 可用（${zhPurpose[purpose]}）`
      : `✗ ${set} ${version} 不可用（${zhPurpose[purpose]}）${
          purpose === "insert"
            ? "：此 Excel 不能插入工作簿，请使用独立的 .xlsx 工作簿"
            : purpose === "repair"
              ? "：修复时将逐表读取，速度较慢"
              : "：ECO 函数需要 Microsoft 365 版或网页版 Excel（不支持 iPad 版）"
        }`,
  template: (line) => {
    const name = line.path.replace(/^.*\//, "");
    if (line.ok)
      return `✓ 模板 ${name} 可从加载项服务器下载（${line.bytes.toLocaleString("zh-CN")} 字节）`;
    const why = {
      http: `服务器返回 ${line.detail ?? "错误"}`,
      network: "无法连接加载项服务器",
      empty: "下载到的文件是空的",
      notXlsx: "下载到的不是 Excel 文件（可能是登录页或错误页）",
    }[line.problem ?? "network"];
    return `✗ 模板 ${name} 无法下载：${why}。请在浏览器中打开 ${line.url} 检查。`;
  },
  repair: {
    nothingFound: "✓ 没有找到显示 #NAME? 的 ECO 公式。",
    fixed: (count) => `✓ 已修复 ${count} 个 ECO 公式，Excel 现在能计算它们。`,
    fixedCell: (address) => `✓ ${address}`,
    stillName: (count) =>
      `✗ ${count} 个 ECO 公式重新输入后仍显示 #NAME?：此 Excel 没有加载 ECO 函数。请关闭再打开任务窗格，或重新旁加载清单后再修复一次。`,
    stillNameCell: (address) => `✗ ${address}`,
    skipped: (sheet, reason, cells) =>
      ({
        password: `工作表“${sheet}”受密码保护，已跳过（${cells} 个公式）。请输入密码取消保护后再修复。`,
        notProvablyOurs: `工作表“${sheet}”受保护，且无法证明是插入的规划工作簿的工作表，已跳过（${cells} 个公式），其保护未被改动。如需修复，请先自行取消保护再修复。`,
        unprotectFailed: `Excel 拒绝取消工作表“${sheet}”的保护，已跳过（${cells} 个公式）。`,
        writeFailed: `无法写入工作表“${sheet}”，已跳过（${cells} 个公式）。`,
      })[reason],
    changed: (count) =>
      `${count} 个单元格在修复读取之后被修改过，已跳过，保留修改后的内容。如仍显示 #NAME?，请再修复一次。`,
    changedCell: (address) => `– ${address}`,
    reprotected: (sheets) =>
      `已临时取消并按原设置恢复以下工作表的保护：${sheets.map((s) => `“${s}”`).join("、")}。`,
    reprotectFailed: (sheets) =>
      `✗ 未能恢复以下工作表的保护，请在“审阅 › 保护工作表”中重新保护：${sheets.map((s) => `“${s}”`).join("、")}。`,
    failed: "✗ 修复未完成：Excel 拒绝了操作。请结束单元格编辑后重试。",
  },
  binding: (check) =>
    ({
      bound: `✓ Excel 已识别 ${check.address} 中的 ECO 公式。`,
      pending: `✓ Excel 已识别 ${check.address} 中的 ECO 公式，正在计算。`,
      notBound: `✗ ${check.address} 显示 #NAME?：此 Excel 没有识别 ECO 函数。请关闭再打开任务窗格后用“检查 › 修复 #NAME?”，或重新旁加载清单。`,
      rewritten: `✗ Excel 把 ${check.address} 中的公式改写为 ${check.readBack}，ECO 函数没有被识别。请用“检查 › 修复 #NAME?”。`,
    })[check.state],
};

const EN: CheckCatalogue = {
  section: {
    title: "Check",
    tabIntro:
      "Confirm ECO works in this computer's Excel, and repair ECO formulas that show #NAME?.",
    selfTestTitle: "Self-test",
    intro:
      "Ten seconds to confirm ECO works in this Excel: the functions calculate, this Excel has the API versions the pane needs, and the templates download from the add-in's server. The check adds a temporary sheet and deletes it straight away.",
    runButton: "Run self-test",
    running: "Checking…",
    copyButton: "Copy report",
    copied: {
      clipboard: "Report copied to the clipboard; paste it for your facilitator.",
      selection:
        "Report copied (by selecting the text in the box below); paste it for your facilitator.",
      manual:
        "This Excel does not let the add-in copy. The report is selected in the box below: press Ctrl+C (⌘C on a Mac) to copy it.",
    },
    reportTextLabel: "Report text",
    allPassed: "All passed: ECO works in this Excel.",
    someFailed: (failed) => `${failed} ${failed === 1 ? "check" : "checks"} failed; see below.`,
    groups: {
      functions: "ECO functions",
      api: "Excel API versions",
      templates: "Template downloads",
    },
    passed: "Passed: ",
    failed: "Failed: ",
    attention: "Needs attention: ",
    notice: "Note: ",
    whatToDo: "What to do: ",
    selfTestFailed: "The self-test did not finish",
    repairTitle: "Repair #NAME?",
    repairIntro:
      "ECO formulas typed or opened before the add-in loaded can stay #NAME?. This finds every ECO formula in the workbook that shows #NAME? and enters it again so that Excel recognises it; no other cell is changed.",
    repairButton: "Repair #NAME?",
    repairing: "Repairing…",
    repairResult: {
      done: "Repair finished",
      problems: "Repair finished; some formulas are not repaired",
      failed: "Repair did not finish",
    },
    actionFailed: (detail) => `Excel refused (${detail}). Finish editing any cell and try again.`,
    insertNotBound: (addresses) =>
      `Excel did not recognise ${addresses.length} ECO ${addresses.length === 1 ? "formula" : "formulas"} in the inserted workbook (${someOf(addresses, 3, ", ", (n) => ` and ${n} more`)}); ${addresses.length === 1 ? "that cell shows" : "those cells show"} #NAME?. Close and reopen the task pane, then use Check › Repair #NAME?.`,
    openRepair: "Open Check › Repair #NAME?",
  },
  report: {
    title: "ECO self-test report",
    version: (version) => `Add-in version: ${version}`,
    host: (url) => `Add-in host: ${url}`,
    office: (platform, version) => `Excel: ${platform} ${version}`,
    officeUnknown: "Excel: version unknown",
    date: (when) => `Date: ${when}`,
    summary: (passed, total) => `Result: ${passed} of ${total} checks passed`,
  },
  function: (line, number) => withAdvice(EN, line, number, " "),
  functionFinding: (line, number) => {
    const mark = line.ok ? "✓" : "✗";
    if (line.state === "ok") return `${mark} ${line.formula} = ${values(line, number)}, correct`;
    if (line.state === "wrongValue")
      return `${mark} ${line.formula} ${enState.wrongValue}: got ${values(line, number)}, expected ${wanted(line, number)}`;
    if (line.state === "error")
      return `${mark} ${line.formula} ${enState.error} ${values(line, number)} (expected ${wanted(line, number)})`;
    if (line.state === "rewritten")
      return `${mark} ${line.formula} ${enState.rewritten} (read back: ${line.readBack}).`;
    if (line.state === "notBound") return `${mark} ${line.formula} ${enState.notBound}.`;
    if (line.state === "pending") return `${mark} ${line.formula} ${enState.pending} (#BUSY!).`;
    return `${mark} ${line.formula} ${enState.notRun}`;
  },
  functionAdvice: (state) =>
    ({
      rewritten: "Use Repair #NAME?, or sideload the add-in again.",
      notBound:
        "Close and reopen the task pane; if that does not help, sideload the manifest again (in Excel on the web, reload the page).",
      pending: "Run the self-test again in a moment.",
    })[state as "rewritten" | "notBound" | "pending"] ?? null,
  functionsFailed: (problem) =>
    ({
      structureProtected:
        "✗ Could not check the ECO functions: the workbook's structure is protected, so no temporary sheet can be added. Unprotect it (Review › Protect Workbook) or run the self-test in a new workbook.",
      editMode:
        "✗ Could not check the ECO functions: Excel is editing a cell. Press Enter or Esc and try again.",
      unknown:
        "✗ Could not check the ECO functions: Excel refused. Try again in a new, empty workbook.",
    })[problem],
  cleanup: (ok, sheet) =>
    ok
      ? `✓ Temporary sheet "${sheet}" deleted; nothing was left in the workbook`
      : `✗ Temporary sheet "${sheet}" could not be deleted; right-click its tab and choose Delete`,
  api: (ok, set, version, purpose) =>
    ok
      ? `✓ ${set} ${version} available (${enPurpose[purpose]})`
      : `✗ ${set} ${version} not available (${enPurpose[purpose]})${
          purpose === "insert"
            ? ": this Excel cannot insert the workbook; use the standalone .xlsx instead"
            : purpose === "repair"
              ? ": Repair will read sheet by sheet, more slowly"
              : ": the ECO functions need Excel for Microsoft 365 or Excel on the web (not Office on iPad)"
        }`,
  template: (line) => {
    const name = line.path.replace(/^.*\//, "");
    if (line.ok)
      return `✓ Template ${name} downloads from the add-in's server (${line.bytes.toLocaleString("en-US")} bytes)`;
    const why = {
      http: `the server answered ${line.detail ?? "with an error"}`,
      network: "the add-in's server cannot be reached",
      empty: "the file is empty",
      notXlsx: "the file is not an Excel file (a sign-in or error page?)",
    }[line.problem ?? "network"];
    return `✗ Template ${name} does not download: ${why}. Open ${line.url} in a browser to check.`;
  },
  repair: {
    nothingFound: "✓ No ECO formula shows #NAME?.",
    fixed: (count) =>
      `✓ Repaired ${count} ECO ${count === 1 ? "formula" : "formulas"}; Excel calculates ${count === 1 ? "it" : "them"} now.`,
    fixedCell: (address) => `✓ ${address}`,
    stillName: (count) =>
      `✗ ${count} ECO ${count === 1 ? "formula still shows" : "formulas still show"} #NAME? after re-entry: the ECO functions are not loaded in this Excel. Close and reopen the task pane, or sideload the manifest again, then repair again.`,
    stillNameCell: (address) => `✗ ${address}`,
    skipped: (sheet, reason, cells) =>
      ({
        password: `Sheet "${sheet}" is protected with a password; skipped (${cells} ${cells === 1 ? "formula" : "formulas"}). Unprotect it with its password, then repair again.`,
        notProvablyOurs: `Sheet "${sheet}" is protected and cannot be proved to be an inserted planning-workbook sheet; skipped (${cells} ${cells === 1 ? "formula" : "formulas"}), its protection untouched. To repair it, unprotect it yourself first.`,
        unprotectFailed: `Excel refused to unprotect sheet "${sheet}"; skipped (${cells} ${cells === 1 ? "formula" : "formulas"}).`,
        writeFailed: `Could not write to sheet "${sheet}"; skipped (${cells} ${cells === 1 ? "formula" : "formulas"}).`,
      })[reason],
    changed: (count) =>
      `${count} ${count === 1 ? "cell was" : "cells were"} changed after the repair read ${count === 1 ? "it" : "them"}; skipped, keeping the change. If #NAME? still shows, repair again.`,
    changedCell: (address) => `– ${address}`,
    reprotected: (sheets) =>
      `Protection was lifted and put back with the same settings on: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
    reprotectFailed: (sheets) =>
      `✗ Protection could not be put back on ${sheets.map((s) => `"${s}"`).join(", ")}; protect ${sheets.length === 1 ? "it" : "them"} again (Review › Protect Sheet).`,
    failed: "✗ Repair did not finish: Excel refused. Finish editing any cell and try again.",
  },
  binding: (check) =>
    ({
      bound: `✓ Excel recognised the ECO formula in ${check.address}.`,
      pending: `✓ Excel recognised the ECO formula in ${check.address}; it is calculating.`,
      notBound: `✗ ${check.address} shows #NAME?: this Excel does not recognise the ECO functions. Close and reopen the task pane, then use Check › Repair #NAME?, or sideload the manifest again.`,
      rewritten: `✗ Excel rewrote the formula in ${check.address} as ${check.readBack}; the ECO function was not recognised. Use Check › Repair #NAME?.`,
    })[check.state],
};

export function checkMessages(lang: Language): CheckCatalogue {
  return lang === "zh-CN" ? ZH : EN;
}
