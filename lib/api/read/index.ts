export * from "./catalogue";
export * from "./papers";
export * from "./results";
