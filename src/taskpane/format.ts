/** Amounts as Chinese finance readers read them: in 万 (10^4) below 1亿, in 亿 (10^8) above. */
import { UNIT_DIVISOR } from "../model/units";
import type { Lang } from "./messages";

export function formatAmount(yuan: number, lang: Lang): string {
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  const sign = yuan < 0 ? "−" : "";
  const magnitude = Math.abs(yuan);
  const inYi = magnitude >= UNIT_DIVISOR.yi;
  const value = magnitude / (inYi ? UNIT_DIVISOR.yi : UNIT_DIVISOR.wan);
  const digits = inYi ? 2 : 0;
  const number = value.toLocaleString(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const unit = inYi ? "亿" : "万";
  return lang === "zh-CN" ? `${sign}${number} ${unit}元` : `${sign}${number}${unit} CNY`;
}

export function formatMultiple(ratio: number, lang: Lang): string {
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  return `${ratio.toLocaleString(locale, { maximumFractionDigits: 2 })} ×`;
}

export function formatFleet(vehicles: number, lang: Lang): string {
  return lang === "zh-CN"
    ? `${(vehicles / UNIT_DIVISOR.wan).toLocaleString("zh-CN")} 万辆`
    : `${vehicles.toLocaleString("en-US")} vehicles`;
}
