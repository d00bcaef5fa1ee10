exports.handler = async () => "hash";
