// Conformance case 'error-nested-stack-cross-region-name': aws-cdk's core nested-stack.test.ts 'cannot create cross
// region references when crossRegionReferences=false': an unnamed resource of a nested stack read by a stack of
// another region (aws-cdk-lib's error names the resource; the test's MyResource is a Bucket here).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { account: '123456789012', region: 'bermuda-triangle-1337' } });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '123456789012', region: 'bermuda-triangle-42' } });
const nestedStack = new cdk.NestedStack(stack1, 'MyNestedStack');
const myResource = new s3.Bucket(nestedStack, 'MyResource');
new cdk.CfnOutput(stack2, 'Output', { value: myResource.bucketName });
app.synth();
