const render = (name: string): string => `<p>${name}</p>`;
export const handler = async (): Promise<string> => render('tsx entry');
