/**
 * The namespace of the add-in this pane belongs to: ECODEV in the development build (npm start's,
 * whose manifest is "ECO … (development)"), ECO in a release. It is a build-time fact: webpack's
 * DefinePlugin writes the namespace of the identity the build's manifest gets
 * (scripts/webpack/identity.js, from src/identity.json). The pane writes, shows and self-tests
 * every ECO call in it: in a dev-only install `=ECO.` would be #NAME?, and with both add-ins
 * installed it would run the release's code. The templates stay in the release's namespace; the
 * insertion re-points their formulas (../workbook/ecoCalls.ts, typedFormula).
 */
import { ECO_NAMESPACES } from "../workbook/ecoCalls";

declare const __ECO_NAMESPACE__: string;

function running(namespace: string): string {
  if (!ECO_NAMESPACES.includes(namespace))
    throw new Error(
      `the build's namespace "${namespace}" is not one of ${ECO_NAMESPACES.join(", ")}`
    );
  return namespace;
}

export const ADDIN_NAMESPACE: string = running(__ECO_NAMESPACE__);
