module.exports.handler = async () => 'handler6 (cjs)';
