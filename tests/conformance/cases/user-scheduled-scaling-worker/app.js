// Conformance case 'user-scheduled-scaling-worker': a queue worker as a CDK user writes it: an
// SQS-fed function published behind a `prod` alias that the queue drives, with provisioned
// concurrency scaled on a business-hours schedule and on utilization; a support group that may
// read the queue, and a role for a mobile app's Cognito identities (a web-identity
// FederatedPrincipal) that may invoke the worker directly.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const deadLetters = new sqs.Queue(stack, 'JobsDlq', { retentionPeriod: cdk.Duration.days(14) });
const jobs = new sqs.Queue(stack, 'Jobs', {
  visibilityTimeout: cdk.Duration.minutes(3),
  deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
});

const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('worker'),
  timeout: cdk.Duration.seconds(30),
  memorySize: 256,
  environment: { QUEUE_URL: jobs.queueUrl },
});
const prod = worker.addAlias('prod');
prod.addEventSource(new sources.SqsEventSource(jobs, {
  batchSize: 10,
  maxBatchingWindow: cdk.Duration.seconds(5),
  reportBatchItemFailures: true,
}));

const scaling = prod.addAutoScaling({ minCapacity: 1, maxCapacity: 20 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7 });
scaling.scaleOnSchedule('BusinessHours', {
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '8', weekDay: 'MON-FRI' }),
  minCapacity: 5,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});
scaling.scaleOnSchedule('AfterHours', {
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '19', weekDay: 'MON-FRI' }),
  minCapacity: 1,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});

const support = new iam.Group(stack, 'Support', { groupName: 'worker-support' });
jobs.grantConsumeMessages(support);
deadLetters.grantConsumeMessages(support);
deadLetters.grantPurge(support);
support.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('CloudWatchReadOnlyAccess'));
new iam.User(stack, 'OnCallEngineer', { userName: 'worker-oncall', groups: [support] });

const mobileRole = new iam.Role(stack, 'MobileClients', {
  description: 'Cognito identities of the mobile app',
  assumedBy: new iam.FederatedPrincipal('cognito-identity.amazonaws.com', {
    StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-central-1:11111111-2222-3333-4444-555555555555' },
    'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
  }, 'sts:AssumeRoleWithWebIdentity'),
});
prod.grantInvoke(mobileRole);

new cdk.CfnOutput(stack, 'WorkerAlias', { value: prod.functionArn });
app.synth();
