// Conformance case 'error-events-target-dlq-region': a LambdaFunction target whose dead-letter queue
// is of another region than the rule: aws-cdk-lib's error on the rule.
// Ported from aws-cdk: aws-events-targets/test/lambda/lambda.test.ts, 'throw an error when using a
// Dead Letter Queue for the rule target in a different region'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const targets = require('aws-cdk-lib/aws-events-targets');
const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { region: 'eu-west-1' } });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { region: 'eu-west-2' } });
const fn = new lambda.Function(stack1, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.PYTHON_3_9,
});
const queue = new sqs.Queue(stack2, 'Queue');
const rule = new events.Rule(stack1, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.minutes(1)) });
rule.addTarget(new targets.LambdaFunction(fn, { deadLetterQueue: queue }));
app.synth();
