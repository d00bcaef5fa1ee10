export const handler = async () => "handler1";
