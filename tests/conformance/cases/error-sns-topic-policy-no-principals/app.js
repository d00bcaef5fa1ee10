// Conformance case 'error-sns-topic-policy-no-principals': a topic policy statement without principals, at synth (aws-sns/test/sns.test.ts: fails if topic policy has no IAM principals)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const topic = new sns.Topic(stack, 'Topic');
topic.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['sns:*'] }));
app.synth();
