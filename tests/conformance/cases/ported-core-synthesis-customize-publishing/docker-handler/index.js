exports.handler = async function (event) {
  console.log('event:', JSON.stringify(event));
  return { statusCode: 200, body: 'hello from ccdk conformance' };
};
