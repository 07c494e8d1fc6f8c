// Who the add-in is, in each of its two manifests. manifest.xml is the development manifest: its
// own Id, a display name that says "development" and the namespace ECODEV, so a facilitator who
// has sideloaded it beside the release (the manifest `npm run package` hands out, or a production
// build for a host) gets two add-ins, not one Id twice and =ECO. claimed by both (office-js #3486:
// two add-ins with one Id or one namespace clash, and Office keeps only one). A build for any host
// but the dev server (rewriteManifest in host.js) writes the release identity instead. Nothing
// else differs: function names are the same in every locale and in both manifests.
const DEVELOPMENT = {
  id: "ae887e6c-1ea0-4eb8-a11b-c2bd27ac4950",
  displayName: "ECO After-Sales Ecosystem (development)",
  displayNameZh: "ECO 售后生态规划（开发版）",
  namespace: "ECODEV",
};
const RELEASE = {
  id: "89af9c52-c42c-45f0-b519-789f90473886",
  displayName: "ECO After-Sales Ecosystem",
  displayNameZh: "ECO 售后生态规划",
  namespace: "ECO",
};

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

module.exports = { DEVELOPMENT, RELEASE, releaseIdentity };
