// Conformance case 'error-sns-topic-retention-period-zero': a FIFO topic's messageRetentionPeriodInDays 0 (aws-sns/test/sns.test.ts: throw error if message retention period is invalid value)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new sns.Topic(stack, 'MyTopic', { fifo: true, messageRetentionPeriodInDays: 0 });
app.synth();
