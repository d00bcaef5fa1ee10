// Conformance case 'unit-function-b-url'
// Upstream: aws-lambda/test/function.test.ts, describe('FunctionUrl'): 'addFunctionUrl creates a
// function url with default options', '... with all options', 'grantInvokeUrl: adds appropriate
// permissions'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
function newFn(stack) {
  return new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('hello()'),
    handler: 'index.hello',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
}

let stack = new cdk.Stack(app, 'DefaultOptions');
newFn(stack).addFunctionUrl();

stack = new cdk.Stack(app, 'AllOptions');
newFn(stack).addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowCredentials: true,
    allowedOrigins: ['https://example.com'],
    allowedMethods: [lambda.HttpMethod.GET],
    allowedHeaders: ['X-Custom-Header'],
    maxAge: cdk.Duration.seconds(300),
  },
});

stack = new cdk.Stack(app, 'GrantInvokeUrl');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });
const fn = newFn(stack);
fn.addFunctionUrl();
fn.grantInvokeUrl(role);
app.synth();
