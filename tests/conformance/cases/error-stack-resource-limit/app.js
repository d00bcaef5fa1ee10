// Conformance case 'error-stack-resource-limit': error: 200 resources of two types under
// `@aws-cdk/core:stackResourceLimit` 100 ("Number of resources in stack 'MyStack': 200 is greater
// than allowed maximum of 100: ...") — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 100 } });
const stack = new cdk.Stack(app, 'MyStack');
for (let i = 0; i < 200; i++) new cdk.CfnResource(stack, `MyResource-${i}`, { type: i % 3 ? 'AWS::SNS::Topic' : 'AWS::SQS::Queue' });
app.synth();
