exports.handler = async () => 'handler2 (js)';
