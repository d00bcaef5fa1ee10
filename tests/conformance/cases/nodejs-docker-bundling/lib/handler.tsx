export const handler = async () => <div/>;
