exports.handler = async () => "shared";
