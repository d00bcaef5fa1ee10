exports.layer = () => 1;
