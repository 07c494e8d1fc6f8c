export * from "./sequence";
export * from "./triangular";
export * from "./percentile";
export * from "./draws";
export * from "./simulate";
