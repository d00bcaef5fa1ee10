// Conformance case 'error-tenancy-event-source-sns': error: an SnsEventSource on a function with
// tenancyConfig PER_TENANT. aws-cdk-lib names the source's class (source.constructor.name); ccdk
// used to say SqsEventSource whatever the source was.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
const topic = new sns.Topic(stack, 'Topic');
fn.addEventSource(new sources.SnsEventSource(topic));

app.synth();
