const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
const client = new LambdaClient({});
exports.handler = async (event) => client.send(new InvokeCommand({ FunctionName: process.env.PAYMENTS_FUNCTION, Payload: JSON.stringify(event) }));
