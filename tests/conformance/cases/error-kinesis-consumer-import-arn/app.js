// error: StreamConsumer.fromStreamConsumerArn with a stream's ARN (no /consumer/<name>:<timestamp>):
// aws-cdk-lib's TypeError (aws-kinesis/lib/stream-consumer.ts fromStreamConsumerAttributes)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
kinesis.StreamConsumer.fromStreamConsumerArn(stack, 'Consumer', 'arn:aws:kinesis:us-east-1:123456789012:stream/my-stream');
app.synth();
