// Conformance case 'unit-function-url-dual-auth'
// Upstream: function-url.test.ts's DUAL AUTH tests (grantInvokeUrl to a Role, authType NONE's two
// permissions, an immutable imported role given grantInvokeUrl and grantInvoke), and 'Invoke Mode add
// url' on NODEJS_20_X, each in a stack of its own
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const newFn = (stack, runtime) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: runtime || lambda.Runtime.NODEJS_LATEST,
});
{
  const stack = new cdk.Stack(app, 'GrantInvokeUrl');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });
  const fnUrl = new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack) });
  fnUrl.grantInvokeUrl(role);
}
{
  const stack = new cdk.Stack(app, 'AuthNone');
  new lambda.FunctionUrl(stack, 'FunctionUrl', { function: newFn(stack), authType: lambda.FunctionUrlAuthType.NONE });
}
{
  const stack = new cdk.Stack(app, 'IamReference');
  const fn = newFn(stack);
  const fnurl = new lambda.FunctionUrl(stack, 'FunctionUrl', { function: fn, authType: lambda.FunctionUrlAuthType.AWS_IAM });
  const testRole = iam.Role.fromRoleArn(stack, 'arn-test', 'arn:aws:iam::1234:role/Test', { mutable: false });
  fnurl.grantInvokeUrl(testRole);
  fn.grantInvoke(testRole);
}
{
  const stack = new cdk.Stack(app, 'AddUrl');
  const fnUrl = newFn(stack, lambda.Runtime.NODEJS_20_X).addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.NONE,
    invokeMode: lambda.InvokeMode.BUFFERED,
  });
  new cdk.CfnOutput(stack, 'AuthType', { value: fnUrl.authType });
}
app.synth();
