// Conformance case 'error-sns-topic-policy-no-actions': a topic policy statement without actions, at synth (aws-sns/test/sns.test.ts: fails if topic policy has no actions)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const topic = new sns.Topic(stack, 'Topic');
topic.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], principals: [new iam.ArnPrincipal('arn')] }));
app.synth();
