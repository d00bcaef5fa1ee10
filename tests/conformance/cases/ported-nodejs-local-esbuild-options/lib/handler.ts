import logo from './logo.png';

export const handler = async (): Promise<{ key: string; bool: boolean; logo: string; shim: string }> => ({
  key: process.env.KEY as string,
  bool: (process.env.BOOL as unknown) as boolean,
  logo,
  shim: (globalThis as { shimmed?: string }).shimmed ?? 'none',
});
