// Conformance case 'error-logs-subscription-distribution-lambda': a SubscriptionFilter to a
// LambdaDestination with a distribution: aws-cdk-lib's error ("distribution property can only be
// used with KinesisDestination."), as subscriptionfilter.test.ts's 'subscription filter with
// non-KinesisDestination can not have distribution set.' with a destination of one's own.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const destinations = require('aws-cdk-lib/aws-logs-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const logGroup = new logs.LogGroup(stack, 'LogGroup');
new logs.SubscriptionFilter(stack, 'Subscription', {
  logGroup,
  destination: new destinations.LambdaDestination(fn),
  filterPattern: logs.FilterPattern.literal('some pattern'),
  filterName: 'CustomSubscriptionFilterName',
  distribution: logs.Distribution.RANDOM,
});

app.synth();
