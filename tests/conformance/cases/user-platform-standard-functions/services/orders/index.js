exports.handler = async (event) => ({ service: 'orders', ok: true });
