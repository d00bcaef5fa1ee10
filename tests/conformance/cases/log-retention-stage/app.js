// Conformance case 'log-retention-stage': logRetention in a stack of a Stage (a nested cloud
// assembly) and in a top-level stack: the handler's asset is staged in each assembly.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Prod');
for (const scope of [app, stage]) {
  const stack = new cdk.Stack(scope, 'TestStack');
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
    logRetention: logs.RetentionDays.ONE_MONTH,
  });
}

app.synth();
