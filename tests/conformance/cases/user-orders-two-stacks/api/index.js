const { respond } = require('orders-util');
exports.handler = async (event) => respond(200, { table: process.env.TABLE_NAME, path: event.rawPath });
