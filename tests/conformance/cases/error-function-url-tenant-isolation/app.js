// Conformance case 'error-function-url-tenant-isolation': a Function URL on a function with
// tenancyConfig PER_TENANT (directly and through an alias: QualifiedFunctionBase's tenancyConfig is
// its function's) is FunctionUrl's "not supported for functions with tenant isolation mode".
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
fn.addFunctionUrl();
app.synth();
