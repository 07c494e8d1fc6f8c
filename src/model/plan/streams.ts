import { EXTENSION_STREAMS } from "../ecosystem";

/** The five extension streams in the order of MODEL.md §6: baas, charging, insurance, lifestyle, usedcar. */
export type ExtensionStream = (typeof EXTENSION_STREAMS)[number];

/** One value per extension stream; a Record so the compiler checks all five are there. */
export type PerStream<T> = Readonly<Record<ExtensionStream, T>>;

export function perStream<T>(valueOf: (stream: ExtensionStream) => T): PerStream<T> {
  return {
    baas: valueOf("baas"),
    charging: valueOf("charging"),
    insurance: valueOf("insurance"),
    lifestyle: valueOf("lifestyle"),
    usedcar: valueOf("usedcar"),
  };
}

export function sumOverStreams(termOf: (stream: ExtensionStream) => number): number {
  let sum = 0;
  for (const stream of EXTENSION_STREAMS) sum += termOf(stream);
  return sum;
}
