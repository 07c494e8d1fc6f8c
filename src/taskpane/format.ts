/**
 * Amounts and fleets as each edition's readers read them. Chinese: in 亿 (10^8) with two decimals
 * from 1亿 up, in 万 (10^4) below, both with thousands separators ("7,650 万元"). English: in CNY
 * bn with two decimals from 1bn up, in CNY m with one decimal below ("CNY 76.5m"); never 万/亿.
 * The scale is chosen after rounding, so 9,999.99万 reads "1.00 亿元", not "10,000 万元".
 */
import { UNIT_DIVISOR } from "../model/units";
import type { Language } from "../model/language";

interface Scale {
  readonly divisor: number;
  readonly digits: number;
  readonly unit: string;
}

const SCALES: Readonly<Record<Language, readonly [Scale, Scale]>> = {
  // [small, large]
  "zh-CN": [
    { divisor: UNIT_DIVISOR.wan, digits: 0, unit: "万元" },
    { divisor: UNIT_DIVISOR.yi, digits: 2, unit: "亿元" },
  ],
  "en-US": [
    { divisor: 1e6, digits: 1, unit: "m" },
    { divisor: 1e9, digits: 2, unit: "bn" },
  ],
};

/**
 * An amount in a scale, rounded half away from zero as Excel's formats do: dividing by the
 * scale's last digit first keeps it exact (2,385,000,000 ÷ 10^7 = 238.5, so 2.39bn; 2.385 × 100
 * in binary is 238.49…, which would round down).
 */
const inScale = (yuan: number, scale: Scale): number =>
  Math.round(yuan / (scale.divisor / 10 ** scale.digits)) / 10 ** scale.digits;

export function formatAmount(yuan: number, lang: Language): string {
  const [small, large] = SCALES[lang];
  const magnitude = Math.abs(yuan);
  const scale = inScale(magnitude, small) * small.divisor >= large.divisor ? large : small;
  const value = inScale(magnitude, scale);
  const sign = yuan < 0 && value !== 0 ? "−" : "";
  const number = value.toLocaleString(lang, {
    minimumFractionDigits: scale.digits,
    maximumFractionDigits: scale.digits,
  });
  return lang === "zh-CN" ? `${sign}${number} ${scale.unit}` : `${sign}CNY ${number}${scale.unit}`;
}

export function formatMultiple(ratio: number, lang: Language): string {
  const number = ratio.toLocaleString(lang, { maximumFractionDigits: 2 });
  return lang === "zh-CN" ? `${number} 倍` : `${number} ×`;
}

/** Vehicles: 万辆 with one decimal in Chinese (41.9 万辆), whole vehicles in English. */
export function formatFleet(vehicles: number, lang: Language): string {
  return lang === "zh-CN"
    ? `${(vehicles / UNIT_DIVISOR.wan).toLocaleString("zh-CN", {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      })} 万辆`
    : `${vehicles.toLocaleString("en-US")} vehicles`;
}

/** A share as a percentage with one decimal: 97.8 % (zh-CN) / 97.8% (en-US). */
export function formatShare(share: number, lang: Language): string {
  const number = (share * 100).toLocaleString(lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return lang === "zh-CN" ? `${number} %` : `${number}%`;
}
