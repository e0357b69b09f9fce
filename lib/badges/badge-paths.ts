/** Where a result's and its paper's badges are, for the markdown a README copies. */
export const badgePaths = {
  result: (id: string) => `/result/${id}/badge.svg`,
  paper: (paperSlug: string, benchmarkSlug: string) => `/paper/${paperSlug}/badge.svg?benchmark=${encodeURIComponent(benchmarkSlug)}`,
};
