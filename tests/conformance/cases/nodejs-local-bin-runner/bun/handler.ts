export const handler = async () => "bun";
