// A user's app: every 6 hours an ARM function sweeps an existing bucket (imported by name) of old
// exports; one run at a time (reserved concurrency 1), failed async runs go to a DLQ, the rule
// retries twice within an hour and parks undeliverable events in a second queue.
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'SweeperStack', { description: 'Sweeps old exports' });
const exportsBucket = s3.Bucket.fromBucketName(stack, 'Exports', 'acme-data-exports');
const failures = new sqs.Queue(stack, 'SweeperFailures', { retentionPeriod: cdk.Duration.days(14) });
const sweeper = new lambda.Function(stack, 'Sweeper', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"swept": 0}\n'),
  timeout: cdk.Duration.minutes(5),
  reservedConcurrentExecutions: 1,
  deadLetterQueue: failures,
  environment: { BUCKET: exportsBucket.bucketName, MAX_AGE_DAYS: '30' },
});
exportsBucket.grantRead(sweeper, 'exports/*');
exportsBucket.grantDelete(sweeper, 'exports/*');
const undeliverable = new sqs.Queue(stack, 'Undeliverable');
new events.Rule(stack, 'Every6Hours', {
  schedule: events.Schedule.rate(cdk.Duration.hours(6)),
  description: 'run the sweeper',
  targets: [new targets.LambdaFunction(sweeper, {
    maxEventAge: cdk.Duration.hours(1),
    retryAttempts: 2,
    deadLetterQueue: undeliverable,
  })],
});
new cdk.CfnOutput(stack, 'SweeperName', { value: sweeper.functionName });
app.synth();
