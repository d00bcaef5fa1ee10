exports.layer = () => "layer";
