// Conformance case 'validation-report-function-url': aws-cdk-lib's CloudFormation validator at synth
// (validation-report.json): OPTIONS in a Function URL's AllowMethods (W3030, F3033), reserved
// environment variables (E3663, the same message on two functions: one violation), MemorySize
// below 128 (F3034), deprecated runtimes (W2531 nodejs20.x, E2531 nodejs14.x, E2533 nodejs12.x: dates
// compared with today's); creation stack traces off (the report's stackTraces are JavaScript's).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  environment: { STAGE: 'test' },
});
fn.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.OPTIONS], allowedOrigins: ['https://example.com'] },
});
const small = new lambda.Function(stack, 'Small', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  memorySize: 64,
});
// Function rejects reserved names: the escape hatch
fn.node.defaultChild.addPropertyOverride('Environment.Variables._HANDLER', 'x');
fn.node.defaultChild.addPropertyOverride('Environment.Variables.LAMBDA_TASK_ROOT', '/var/task');
small.node.defaultChild.addPropertyOverride('Environment.Variables._HANDLER', 'x');
for (const [id, rt] of [['Old20', lambda.Runtime.NODEJS_20_X], ['Old14', lambda.Runtime.NODEJS_14_X], ['Old12', lambda.Runtime.NODEJS_12_X]]) {
  new lambda.Function(stack, id, { runtime: rt, handler: 'index.handler', code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')) });
}
app.synth();
