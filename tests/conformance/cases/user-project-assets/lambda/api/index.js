exports.handler = async (e) => ({ statusCode: 200, body: 'api' });
