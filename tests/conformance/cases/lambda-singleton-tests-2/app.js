// Conformance case 'lambda-singleton-tests-2': SingletonFunction beside singleton-lambda.test.ts's
// tests: a lambdaPurpose and a uuid with upper case, declarations in two stacks (a function each) and
// in a nested construct, and what FunctionBase gives a singleton: configureAsyncInvoke on two
// declarations (an EventInvokeConfig under each), addEventSourceMapping, a metric's alarm,
// addToRolePolicy, grantInvoke of the second declaration, currentVersion's alias, the ARN and name
// as outputs.
// Ported from aws-cdk: singleton-lambda.test.ts (the singleton's methods its tests use, and their neighbours)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Construct } = require('constructs');

const app = new cdk.App();
const props = {
  uuid: 'AB12-cd34',
  lambdaPurpose: 'Purpose',
  code: new lambda.InlineCode('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.hello',
};
const stack = new cdk.Stack(app, 'TestStack');
const first = new lambda.SingletonFunction(stack, 'First', props);
const second = new lambda.SingletonFunction(new Construct(stack, 'Group'), 'Second', { ...props, timeout: cdk.Duration.seconds(9) });
first.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: cdk.Duration.minutes(2) });
second.configureAsyncInvoke({ retryAttempts: 1 });
second.addEventSourceMapping('Mapping', { eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:q', batchSize: 3 });
first.metricErrors().createAlarm(stack, 'Errors', { threshold: 1, evaluationPeriods: 1 });
first.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
second.grantInvoke(new iam.AccountPrincipal('123456789012'));
second.currentVersion.addAlias('live');
new cdk.CfnOutput(stack, 'Arn', { value: second.functionArn });
new cdk.CfnOutput(stack, 'Name', { value: first.functionName });

const other = new cdk.Stack(app, 'OtherStack');
const third = new lambda.SingletonFunction(other, 'Third', props);
third.addEnvironment('K', 'v');
app.synth();
