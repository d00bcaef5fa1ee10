// the entry of a function whose project root is this folder
export async function handler(event: { name?: string }): Promise<string> {
  return `hello ${event.name ?? 'there'}`;
}
