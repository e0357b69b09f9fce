/** The licence of everything the site publishes as data: the dumps, the API's answers, the exports. */
export const LICENCE = {
  name: "CC-BY-SA 4.0",
  url: "https://creativecommons.org/licenses/by-sa/4.0/",
} as const;

export const ATTRIBUTION =
  "Papers With Code 2, a catalogue kept by its community. Its papers, code links, methods, datasets and leaderboards build " +
  "on the Papers with Code archive (github.com/paperswithcode/paperswithcode-data and sota-extractor, CC-BY-SA 4.0), the work " +
  "of Papers with Code and its contributors.";
