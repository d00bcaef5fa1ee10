exports.money = (cents) => (Number(cents || 0) / 100).toFixed(2);
