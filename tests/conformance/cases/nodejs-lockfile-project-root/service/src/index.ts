const { add } = require('../lib/math');

export async function handler(event: { a: number; b: number }) {
  return add(event.a, event.b);
}
