exports.handler = async (event) => {
  console.log('event', JSON.stringify(event));
  return { statusCode: 200, body: 'hello from ccdk' };
};
