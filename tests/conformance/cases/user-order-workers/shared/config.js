module.exports = { region: process.env.AWS_REGION };
