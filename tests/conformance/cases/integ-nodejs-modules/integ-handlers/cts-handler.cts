import { randomUUID } from 'crypto';

export async function handler(): Promise<void> {
  console.log(`cts: ${randomUUID().length}`);
}
