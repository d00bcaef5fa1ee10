exports.Name = async () => 'prebuilt code';
