import type { DataBuyer } from "../model/dataAssets";
import type { BreakdownRow, Stream } from "../model/ecosystem";
import type { ScenarioName } from "../model/scenario";
import type { Unit } from "../model/units";

/** The words each text argument accepts, English and Chinese (MODEL.md §2), matched case-insensitively after trimming. */
export const SCENARIO_NAMES = {
  low: "low",
  mid: "mid",
  high: "high",
  低: "low",
  中: "mid",
  高: "high",
} as const satisfies Record<string, ScenarioName>;

export const BUYER_NAMES = {
  all: "all",
  insurance: "insurance",
  usedcar: "usedcar",
  finance: "finance",
  mobility: "mobility",
  全部: "all",
  保险: "insurance",
  二手车: "usedcar",
  金融: "finance",
  出行: "mobility",
} as const satisfies Record<string, DataBuyer | "all">;

export type StreamChoice = Stream | "ecosystem" | "total" | "multiple" | "breakdown";

export const STREAM_NAMES = {
  ecosystem: "ecosystem",
  traditional: "traditional",
  total: "total",
  baas: "baas",
  charging: "charging",
  insurance: "insurance",
  lifestyle: "lifestyle",
  usedcar: "usedcar",
  multiple: "multiple",
  breakdown: "breakdown",
  生态: "ecosystem",
  传统: "traditional",
  合计: "total",
  电池租赁: "baas",
  充电: "charging",
  保险: "insurance",
  精品: "lifestyle",
  二手车: "usedcar",
  倍数: "multiple",
  明细: "breakdown",
} as const satisfies Record<string, StreamChoice>;

export const UNIT_NAMES = {
  元: "yuan",
  yuan: "yuan",
  万: "wan",
  wan: "wan",
  亿: "yi",
  yi: "yi",
} as const satisfies Record<string, Unit>;

/** Labels of the rows that stream "breakdown" spills. */
export const BREAKDOWN_LABELS = {
  traditional: { en: "Traditional after-sales", zh: "传统售后" },
  baas: { en: "BaaS battery rental", zh: "电池租赁（BaaS）" },
  charging: { en: "Charging", zh: "充电服务" },
  insurance: { en: "Insurance commission", zh: "保险佣金" },
  lifestyle: { en: "Lifestyle merchandise", zh: "精品（NIO Life 类）" },
  usedcar: { en: "Used-car services", zh: "二手车服务" },
  ecosystem: { en: "Ecosystem (5 extension streams)", zh: "生态延伸收入合计" },
  total: { en: "Total", zh: "总收入" },
  multiple: { en: "Ecosystem ÷ traditional (×)", zh: "生态 ÷ 传统（倍）" },
} as const satisfies Record<BreakdownRow, { en: string; zh: string }>;

export function lookupName<T extends string>(
  names: Readonly<Record<string, T>>,
  text: string
): T | undefined {
  const key = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined;
}
