// Conformance case 'error-tenancy-provisioned-concurrency': error: a Version with provisioned concurrency of a function with tenancyConfig
// Ported from aws-cdk: lambda-version.test.ts 'should throw error when version has provisioned concurrency and function has tenancy config'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
new lambda.Version(stack, 'Version', { lambda: fn, provisionedConcurrentExecutions: 2 });

app.synth();
