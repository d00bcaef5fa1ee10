// Conformance case 'error-version-execution-environments-order': error: a Version's execution environments ( minExecutionEnvironments: 10, maxExecutionEnvironments: 5,)
// Ported from aws-cdk: lambda-version.test.ts, describe('version scaling configuration')
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.Version(stack, 'Version', { lambda: fn, minExecutionEnvironments: 10, maxExecutionEnvironments: 5, });

app.synth();
