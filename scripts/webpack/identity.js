// Who the add-in is, in each of its two manifests. manifest.xml is the development manifest: its
// own Id, a display name that says "development" and the namespace ECODEV, so a facilitator who
// has sideloaded it beside the release (the manifest `npm run package` hands out, or a production
// build for a host) gets two add-ins, not one Id twice and =ECO. claimed by both (office-js #3486:
// two add-ins with one Id or one namespace clash, and Office keeps only one). A build for any host
// but the dev server (rewriteManifest in host.js) writes the release identity instead. Nothing
// else differs: function names are the same in every locale and in both manifests.
// The two identities are data (src/identity.json) because the pane needs the running add-in's
// namespace too: the build hands it over (identityFor, webpack's DefinePlugin), and the pane's
// formula reader (src/workbook/ecoCalls.ts) recognises both namespaces.
const { development: DEVELOPMENT, release: RELEASE } = require("../../src/identity.json");

/** Where each part of the identity is written: the element it is in, as text before and after. */
const PLACES = [
  { part: "id", before: "<Id>", after: "</Id>" },
  { part: "displayName", before: '<DisplayName DefaultValue="', after: '">' },
  { part: "displayNameZh", before: '<Override Locale="zh-CN" Value="', after: '"/>' },
  { part: "namespace", before: '<bt:String id="Functions.Namespace" DefaultValue="', after: '"/>' },
];

/** `xml` (the development manifest) with the release identity; each part must be found once. */
function releaseIdentity(xml) {
  let out = xml;
  for (const { part, before, after } of PLACES) {
    const at = (identity) => `${before}${identity[part]}${after}`;
    const found = out.split(at(DEVELOPMENT)).length - 1;
    if (found !== 1)
      throw new Error(
        `manifest.xml must name the development ${part} "${DEVELOPMENT[part]}" once; found it ${found} times`
      );
    out = out.replace(at(DEVELOPMENT), at(RELEASE));
  }
  return out;
}

/** The identity a build has: the development one for the dev server's manifest, else the release. */
function identityFor(development) {
  return development ? DEVELOPMENT : RELEASE;
}

module.exports = { DEVELOPMENT, RELEASE, releaseIdentity, identityFor };
