export const handler = async () => "index";
