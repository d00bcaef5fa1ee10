exports.notify = async (event) => {
  for (const record of event.Records) console.log('notify', record.Sns.MessageId);
  return { notified: event.Records.length };
};
exports.fraud = async (event) => {
  const order = JSON.parse(event.Records[0].Sns.Message);
  return { orderId: order.id, risk: order.amount > 1000 ? 'review' : 'ok' };
};
exports.review = async (event) => ({ reviewed: event.responsePayload?.orderId });
exports.inventory = async (event) => ({ reserved: event.Records.length });
