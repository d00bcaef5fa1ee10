// Conformance case 'error-stack-dependency-cycle': A depends on B through a cross-stack reference,
// B on A through addDependency: aws-cdk-lib's cycle error, with both reasons.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const a = new cdk.Stack(app, 'A');
const b = new cdk.Stack(app, 'B');
const topic = new cdk.CfnResource(b, 'Topic', { type: 'AWS::SNS::Topic' });
new cdk.CfnOutput(a, 'TopicArn', { value: topic.getAtt('TopicArn').toString() });
b.addDependency(a);
app.synth();
