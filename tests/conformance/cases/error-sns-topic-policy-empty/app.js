// Conformance case 'error-sns-topic-policy-empty': a TopicPolicy given no statements: its empty
// document resolves to nothing, and CfnTopicPolicy requires a policyDocument.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const topic = new sns.Topic(stack, 'Topic');
new sns.TopicPolicy(stack, 'Policy', { topics: [topic] });
app.synth();
