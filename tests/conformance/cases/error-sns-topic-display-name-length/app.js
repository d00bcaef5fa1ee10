// Conformance case 'error-sns-topic-display-name-length': a topic's displayName of 101 characters (aws-sns/test/sns.test.ts: throw error when displayName is too long)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Topic(stack, 'MyTopic', { displayName: 'a'.repeat(101) });
app.synth();
