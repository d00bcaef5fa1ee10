// Conformance case 'error-snap-start-tenancy': error: snapStart with tenancyConfig PER_TENANT
// Ported from aws-cdk: function.test.ts, its tenancyConfig + snapStart test: Function.configureSnapStart (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_13,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});

app.synth();
