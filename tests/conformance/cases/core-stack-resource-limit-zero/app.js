// Conformance case 'core-stack-resource-limit-zero': core: `@aws-cdk/core:stackResourceLimit` 0
// turns the check off: 600 resources synthesize — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const stack = new cdk.Stack(app, 'MyStack');
for (let i = 0; i < 600; i++) new cdk.CfnResource(stack, `MyResource-${i}`, { type: 'AWS::SNS::Topic' });
app.synth();
