export const report = async (event) => {
  console.log(JSON.stringify({ level: 'INFO', message: 'building report', kind: event.report }));
  return { ok: true };
};
export const probe = async () => {
  const res = await fetch(process.env.TARGET_URL);
  if (!res.ok) throw new Error(`probe failed: ${res.status}`);
  return { status: res.status };
};
