// Conformance case 'logs-log-retention-no-staging': a LogRetention in a stack whose context turns
// asset metadata on and asset staging off (`cdk synth --no-staging`): the singleton function's
// aws:asset:path metadata names the handler's source directory, and nothing is staged.
// Ported from aws-cdk: aws-logs/test/log-retention.test.ts ('asset metadata added to log retention
// construct lambda function'), whose stack.node.setContext calls this is.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('aws:cdk:enable-asset-metadata', true);
stack.node.setContext('aws:cdk:disable-asset-staging', true);
new logs.LogRetention(stack, 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.ONE_MONTH,
});

app.synth();
