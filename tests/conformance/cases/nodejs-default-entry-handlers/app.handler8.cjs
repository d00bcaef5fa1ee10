exports.handler = async () => 'handler8: the .cjs loses';
