export const handler = async () => "pnpm";
