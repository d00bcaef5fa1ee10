// Conformance case 'error-sns-import-content-based-dedup-not-fifo': Topic.fromTopicAttributes with contentBasedDeduplication on a topic that is not FIFO (aws-sns/test/sns.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
sns.Topic.fromTopicAttributes(stack, 'Imported', {
  topicArn: 'arn:aws:sns:*:123456789012:mytopic',
  contentBasedDeduplication: true,
});
app.synth();
