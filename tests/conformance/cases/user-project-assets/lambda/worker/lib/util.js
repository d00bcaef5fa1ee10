exports.go = () => 'w';
