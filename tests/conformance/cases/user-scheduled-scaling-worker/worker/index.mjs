export const handler = async (event) => {
  const failures = [];
  for (const record of event.Records ?? []) {
    if (!record.body) failures.push({ itemIdentifier: record.messageId });
  }
  return { batchItemFailures: failures };
};
