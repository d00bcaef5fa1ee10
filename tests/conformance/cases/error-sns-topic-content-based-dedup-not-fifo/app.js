// Conformance case 'error-sns-topic-content-based-dedup-not-fifo': contentBasedDeduplication on a topic that is not FIFO
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new sns.Topic(stack, 'T', { topicName: 'plain', contentBasedDeduplication: true });

app.synth();
