// Conformance case 'error-too-many-resources': 501 resources in one stack (aws-cdk-lib's
// TooManyResourcesInStack error, with the count per type).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Big');
for (let i = 0; i < 400; i++) new cdk.CfnResource(stack, `Topic${i}`, { type: 'AWS::SNS::Topic' });
for (let i = 0; i < 101; i++) new cdk.CfnResource(stack, `Queue${i}`, { type: 'AWS::SQS::Queue' });
app.synth();
