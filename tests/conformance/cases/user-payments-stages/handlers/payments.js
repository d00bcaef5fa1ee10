const { money } = require('payments-common');
exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ amount: money(event.amount) }) });
