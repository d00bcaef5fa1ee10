// Conformance case 'log-retention-two-stacks': logRetention in two stacks: each stack has its own
// LogRetention singleton function, role and policy; the handler's asset is staged once.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
for (const [name, days] of [['FirstStack', logs.RetentionDays.FIVE_DAYS], ['SecondStack', logs.RetentionDays.ONE_YEAR]]) {
  const stack = new cdk.Stack(app, name);
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
    logRetention: days,
  });
}

app.synth();
