// Conformance case 'error-sns-topic-retention-period-nan-standard': a standard topic's messageRetentionPeriodInDays NaN: NaN is falsy in the FIFO-only check, so the range error comes (after sns.test.ts's NaN test)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Topic(stack, 'MyTopic', { messageRetentionPeriodInDays: NaN });
app.synth();
