export const handler = async () => "handler";
