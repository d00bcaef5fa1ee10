exports.handler = async () => 'handler7: the .js loses';
