// Conformance case 'error-sns-topic-fifo-throughput-scope-standard': fifoThroughputScope on a standard topic (aws-sns/test/sns.test.ts: throw error when specify fifoThroughputScope to standard topic)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new sns.Topic(stack, 'MyTopic', { fifoThroughputScope: sns.FifoThroughputScope.MESSAGE_GROUP });
app.synth();
