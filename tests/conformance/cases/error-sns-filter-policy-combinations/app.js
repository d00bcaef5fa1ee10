// Conformance case 'error-sns-filter-policy-combinations': an SNS filter policy of more than 150 combinations
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const colors = sns.SubscriptionFilter.stringFilter({ allowlist: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'] });
fn.addEventSource(new eventsources.SnsEventSource(new sns.Topic(stack, 'Topic'), { filterPolicy: { color: colors, shade: colors } }));
app.synth();
