import { mult } from './util';

export async function handler(): Promise<void> {
  // the product of two small numbers, from a CommonJS helper next to this file
  console.log(`product: ${mult(6, 7)}`);
}
