const { respond } = require('shared');

exports.search = async (event) => respond(200, { route: 'search' });
exports.orders = async (event) => respond(200, { route: 'orders' });
exports.profile = async (event) => respond(200, { route: 'profile' });
exports.exportData = async (event) => respond(200, { route: 'export' });
exports.admin = async (event) => respond(200, { route: 'admin' });
