exports.handler = async () => 'plain';
