export const typed: string = "excluded";
