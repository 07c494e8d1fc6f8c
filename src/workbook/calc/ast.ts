/** The parsed form of a formula. */
import type { BinaryOperator } from "./operators";
import type { Matrix } from "./values";

export interface RefNode {
  readonly kind: "ref";
  /** As written, or undefined for the formula's own sheet. */
  readonly sheet: string | undefined;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Written as a range (A1:B2) rather than one cell. */
  readonly range: boolean;
}

export interface CallNode {
  readonly kind: "call";
  /** Upper case, without Excel's storage prefixes (_xlfn. …). */
  readonly name: string;
  /** null where an argument is left out: IF(A1,,2). */
  readonly args: readonly (Node | null)[];
}

export type Node =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "array"; readonly value: Matrix }
  | RefNode
  | CallNode
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly operand: Node }
  | { readonly kind: "percent"; readonly operand: Node }
  | {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: Node;
      readonly right: Node;
    };

/** Calls `visit` on every node of a formula, depth first. */
export function visitNodes(node: Node, visit: (n: Node) => void): void {
  visit(node);
  switch (node.kind) {
    case "call":
      for (const a of node.args) if (a) visitNodes(a, visit);
      break;
    case "unary":
    case "percent":
      visitNodes(node.operand, visit);
      break;
    case "binary":
      visitNodes(node.left, visit);
      visitNodes(node.right, visit);
      break;
    default:
      break;
  }
}

/** A copy of the formula with each reference replaced, in the order visitNodes meets them. */
export function mapRefs(node: Node, replace: (ref: RefNode) => RefNode): Node {
  switch (node.kind) {
    case "ref":
      return replace(node);
    case "call":
      return { ...node, args: node.args.map((a) => (a ? mapRefs(a, replace) : null)) };
    case "unary":
    case "percent":
      return { ...node, operand: mapRefs(node.operand, replace) };
    case "binary": {
      const left = mapRefs(node.left, replace);
      return { ...node, left, right: mapRefs(node.right, replace) };
    }
    default:
      return node;
  }
}
