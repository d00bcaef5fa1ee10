const l = require('./lib/util'); exports.handler = async () => l.go();
