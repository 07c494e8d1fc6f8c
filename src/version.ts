/**
 * The add-in's version: package.json's, and nowhere else. The task pane, the help, the workbook's
 * cover and the build (the manifest's <Version>, the release zip's name) all read it from here or
 * from package.json, so `npm version patch` is the whole of raising it. Only `version` is used,
 * so a production build keeps no other field of package.json (webpack drops unused JSON fields).
 */
import packageJson from "../package.json";

export const VERSION: string = packageJson.version;
