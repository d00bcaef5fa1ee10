exports.ok = "ok";
