exports.handler = async () => 'my image path';
