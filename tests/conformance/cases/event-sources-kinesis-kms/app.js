// Conformance case 'event-sources-kinesis-kms': KinesisEventSource on KMS-encrypted streams (a key the
// stream makes, a given key): grantRead also grants kms:Decrypt on the key
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const own = new kinesis.Stream(stack, 'OwnKey', { encryption: kinesis.StreamEncryption.KMS });
fn.addEventSource(new eventsources.KinesisEventSource(own, { startingPosition: lambda.StartingPosition.LATEST }));
const key = new kms.Key(stack, 'Key');
const given = new kinesis.Stream(stack, 'GivenKey', { encryptionKey: key });
fn.addEventSource(new eventsources.KinesisEventSource(given, { startingPosition: lambda.StartingPosition.LATEST }));
const writer = new lambda.Function(stack, 'Writer', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
given.grantWrite(writer);
own.grantReadWrite(writer);

app.synth();
