exports.handler = async (event) => ({ service: 'search', ok: true });
