exports.handler = async () => 'asset';
