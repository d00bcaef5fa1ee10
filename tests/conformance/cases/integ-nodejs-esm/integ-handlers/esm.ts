import { createHash } from 'crypto';

export async function handler() {
  console.log(createHash('sha256').update('ccdk').digest('base64'));
}
