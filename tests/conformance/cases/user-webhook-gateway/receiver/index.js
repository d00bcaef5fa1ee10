const { verify } = require('signing');

exports.handler = async (event) => {
  if (!verify(process.env.SIGNING_SECRET_NAME, event.body || '', event.headers['x-signature'])) {
    return { statusCode: 401 };
  }
  return { statusCode: 202 };
};
