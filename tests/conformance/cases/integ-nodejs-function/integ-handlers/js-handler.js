exports.handler = async function (event) {
  console.log('event:', JSON.stringify(event));
  return { ok: true };
};
