// Conformance case 'core-resource-limit': 550 resources in one stack under a limit raised to 600
// with the @aws-cdk/core:stackResourceLimit context (the default limit, 500, would fail).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 600 } });
const stack = new cdk.Stack(app, 'Big');
for (let i = 0; i < 550; i++) new cdk.CfnResource(stack, `Topic${i}`, { type: 'AWS::SNS::Topic' });
app.synth();
