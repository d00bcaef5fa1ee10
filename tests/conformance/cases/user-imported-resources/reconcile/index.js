exports.handler = async (event) => {
  console.log('reconciling', event.Records?.length ?? 0, 'messages');
  return { ok: true };
};
