// Conformance case 'error-sns-topic-signature-version': a topic's signatureVersion "3" (aws-sns/test/sns.test.ts: throw with incorrect signatureVersion)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Topic(stack, 'MyTopic', { signatureVersion: '3' });
app.synth();
