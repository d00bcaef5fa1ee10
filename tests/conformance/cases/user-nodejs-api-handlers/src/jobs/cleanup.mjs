const RETENTION_DAYS = Number(process.env.RETENTION_DAYS ?? '30');

export const handler = async () => {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 3600 * 1000);
  console.log(JSON.stringify({ level: 'info', message: 'cleanup', cutoff: cutoff.toISOString(), debug: DEBUG }));
  return { cutoff: cutoff.toISOString() };
};
