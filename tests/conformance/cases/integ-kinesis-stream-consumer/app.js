// Conformance case 'integ-kinesis-stream-consumer': aws-cdk's integ.stream-consumer.ts
// (framework-integ/test/aws-kinesis); dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'kinesis-stream-consumer');

const stream = new kinesis.Stream(stack, 'Stream');

const streamConsumer = new kinesis.StreamConsumer(stack, 'StreamConsumer', {
  streamConsumerName: 'stream-consumer',
  stream: stream,
});

const role = new iam.Role(stack, 'Role', {
  assumedBy: new iam.AccountRootPrincipal(),
});

streamConsumer.grantRead(role);

app.synth();
