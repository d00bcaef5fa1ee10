export const handler = async () => "npm";
