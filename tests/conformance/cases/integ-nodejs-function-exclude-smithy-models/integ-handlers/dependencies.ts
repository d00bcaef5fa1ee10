// @ts-ignore
import delay from 'delay';

export async function handler() {
  await delay(10);
  console.log('waited');
}
