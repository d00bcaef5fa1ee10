// Conformance case 'error-cross-stage-reference': a stack in a Stage references a topic of a stack
// of the App: aws-cdk-lib's error (a dependency cannot cross stage boundaries).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const top = new cdk.Stack(app, 'Top');
const topic = new cdk.CfnResource(top, 'Topic', { type: 'AWS::SNS::Topic' });
const prod = new cdk.Stage(app, 'Prod');
const consumer = new cdk.Stack(prod, 'Consumer');
new cdk.CfnOutput(consumer, 'TopicArn', { value: topic.getAtt('TopicArn').toString() });
app.synth();
