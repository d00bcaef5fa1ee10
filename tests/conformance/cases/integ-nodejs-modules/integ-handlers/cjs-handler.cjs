const { randomUUID } = require('crypto');

exports.handler = async function () {
  console.log(`cjs: ${randomUUID().length}`);
};
