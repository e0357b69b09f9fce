import config from "./playwright.config";
// Local only (not committed): the same setup with room for a slow build on a loaded machine.
export default { ...config, webServer: (config.webServer as object[]).map((server) => ({ ...server, timeout: 1_500_000 })) };
