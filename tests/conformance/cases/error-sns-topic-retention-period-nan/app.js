// Conformance case 'error-sns-topic-retention-period-nan': sns.test.ts: throw error if message retention period is invalid value "NaN" (a FIFO topic)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Topic(stack, 'MyTopic', { fifo: true, messageRetentionPeriodInDays: NaN });
app.synth();
