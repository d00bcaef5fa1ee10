import { randomUUID } from 'crypto';

export async function handler(): Promise<void> {
  console.log(`mts: ${randomUUID().length}`);
}
