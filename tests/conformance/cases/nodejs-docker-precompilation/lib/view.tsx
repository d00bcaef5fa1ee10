export const handler = async () => <p/>;
