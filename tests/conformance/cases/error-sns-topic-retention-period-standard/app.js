// Conformance case 'error-sns-topic-retention-period-standard': messageRetentionPeriodInDays on a standard topic (aws-sns/test/sns.test.ts: throw error when specify messageRetentionPeriodInDays to standard topic)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new sns.Topic(stack, 'MyTopic', { messageRetentionPeriodInDays: 12 });
app.synth();
