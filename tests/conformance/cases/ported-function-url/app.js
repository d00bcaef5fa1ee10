// Conformance case 'ported-function-url': aws-cdk's function-url.test.ts ported literally, the same
// ids; 'function url with alias' in the stack `new cdk.Stack()` makes ('Default'), the others in a
// stack each (their ids would collide in one stack).
// Ported from aws-cdk: function-url.test.ts 'default function url', 'all function url options',
// 'function url with alias', 'grantInvokeUrl: adds appropriate permissions',
// 'function url Invoke Mode', 'Invoke Mode add url'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
function newFn(stack, runtime) {
  return new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('hello()'),
    handler: 'index.hello',
    runtime: runtime || lambda.Runtime.NODEJS_LATEST,
  });
}
{
  const stack = new cdk.Stack(app);
  const fn = newFn(stack);
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  new lambda.FunctionUrl(stack, 'FunctionUrl', { function: alias });
}
{
  const stack = new cdk.Stack(app, 'DefaultUrl');
  new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack) });
}
{
  const stack = new cdk.Stack(app, 'AllOptions');
  new lambda.FunctionUrl(stack, 'FunctionUrl', {
    function: newFn(stack),
    authType: lambda.FunctionUrlAuthType.NONE,
    cors: {
      allowCredentials: true,
      allowedOrigins: ['https://example.com'],
      allowedMethods: [lambda.HttpMethod.GET],
      allowedHeaders: ['X-Custom-Header'],
      maxAge: cdk.Duration.seconds(300),
    },
  });
}
{
  const stack = new cdk.Stack(app, 'Grant');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });
  const fnUrl = new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack) });
  fnUrl.grantInvokeUrl(role);
}
{
  const stack = new cdk.Stack(app, 'InvokeMode');
  new lambda.FunctionUrl(stack, 'FunctionUrl', {
    function: newFn(stack, lambda.Runtime.NODEJS_18_X),
    invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
  });
}
{
  const stack = new cdk.Stack(app, 'AddUrl');
  newFn(stack, lambda.Runtime.NODEJS_18_X).addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.NONE,
    invokeMode: lambda.InvokeMode.BUFFERED,
  });
}
app.synth();
