module.exports.log = (m) => console.log(JSON.stringify(m));
