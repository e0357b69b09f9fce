export * from "./authors";
export * from "./catalogue";
export * from "./conferences";
export * from "./papers";
export * from "./repositories";
export * from "./results";
