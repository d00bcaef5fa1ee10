exports.handler = async () => "built by a custom command";
