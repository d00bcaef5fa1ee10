// Conformance case 'event-sources-sns-imported': SnsEventSource on imported topics (Topic.fromTopicArn):
// the subscription's Region comes from the ARN
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const alerts = sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:123456789012:alerts');
fn.addEventSource(new eventsources.SnsEventSource(alerts, {
  filterPolicy: { level: sns.SubscriptionFilter.stringFilter({ allowlist: ['error'] }) },
}));
const param = new cdk.CfnParameter(stack, 'TopicArn');
const byParam = sns.Topic.fromTopicArn(stack, 'ByParam', param.valueAsString);
fn.addEventSource(new eventsources.SnsEventSource(byParam));
new cdk.CfnOutput(stack, 'AlertsName', { value: alerts.topicName });
new cdk.CfnOutput(stack, 'ByParamName', { value: byParam.topicName });

app.synth();
