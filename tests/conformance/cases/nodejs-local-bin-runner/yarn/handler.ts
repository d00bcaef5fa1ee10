export const handler = async () => "yarn";
