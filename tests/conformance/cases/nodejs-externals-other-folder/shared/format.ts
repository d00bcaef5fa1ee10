export function formatOrder(id: string, total: number): string {
  return `order ${id}: ${total.toFixed(2)}`;
}
