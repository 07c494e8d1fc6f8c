/**
 * What webpack's DefinePlugin (and vitest.config.mts's define) give the task pane's modules, for
 * scripts that import them under tsx: the release's namespace, from the one identity file. Import
 * it before any module of src/taskpane.
 */
import identity from "../src/identity.json";

(globalThis as { __ECO_NAMESPACE__?: string }).__ECO_NAMESPACE__ = identity.release.namespace;
