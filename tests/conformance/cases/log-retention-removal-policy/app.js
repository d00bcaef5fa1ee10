// Conformance case 'log-retention-removal-policy': logRetention with the deprecated logRemovalPolicy
// DESTROY (the handler's role may delete the group; the flag @aws-cdk/aws-lambda:useCdkManagedLogGroup,
// which forbids it, is set off on the stack), and a LogRetention made directly, in another region,
// with retry options that give no maxRetries.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-lambda:useCdkManagedLogGroup', false);

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logRetention: logs.RetentionDays.TWO_WEEKS,
  logRemovalPolicy: cdk.RemovalPolicy.DESTROY,
});
const direct = new logs.LogRetention(stack, 'Direct', {
  logGroupName: 'shared-logs',
  retention: logs.RetentionDays.TEN_YEARS,
  logGroupRegion: 'eu-west-1',
  logRetentionRetryOptions: {},
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
new cdk.CfnOutput(stack, 'DirectArn', { value: direct.logGroupArn });

app.synth();
