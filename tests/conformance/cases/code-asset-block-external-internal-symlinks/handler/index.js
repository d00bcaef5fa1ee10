exports.handler = async () => require("./lib/util").ok;
