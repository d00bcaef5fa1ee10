// Conformance case 'core-duration-size-tokens': Durations of a number token outside Lambda: an SQS queue's
// visibilityTimeout and retentionPeriod (validateRange skips tokens), a Kinesis stream's retentionPeriod in
// hours (range check skipped), a signing profile's validity in days, and Schedule.rate of a token in minutes
// (rate(<token> minutes), an Fn::Join).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const signer = require('aws-cdk-lib/aws-signer');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const p = new cdk.CfnParameter(stack, 'P', { type: 'Number' });
new sqs.Queue(stack, 'Q', {
  visibilityTimeout: cdk.Duration.seconds(p.valueAsNumber),
  retentionPeriod: cdk.Duration.seconds(cdk.Lazy.number({ produce: () => 3600 })),
});
new kinesis.Stream(stack, 'S', { retentionPeriod: cdk.Duration.hours(p.valueAsNumber) });
new signer.SigningProfile(stack, 'Profile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
  signatureValidity: cdk.Duration.days(p.valueAsNumber),
});
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.minutes(p.valueAsNumber)) });

app.synth();
