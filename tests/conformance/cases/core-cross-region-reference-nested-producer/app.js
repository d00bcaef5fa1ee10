// Conformance case 'core-cross-region-reference-nested-producer': aws-cdk's core nested-stack.test.ts 'can create
// cross region references when crossRegionReferences=true': a resource of a nested stack of one region read by a
// nested stack of a stack of another region, both stacks with crossRegionReferences. The producer's nested stack
// outputs the name, its parent's ExportsWriter writes its Outputs attribute, the consumer's parent reads it
// (ExportsReader) and passes it to its nested stack as a parameter. (The test's MyResource, a Resource whose name
// is its Ref, is a Bucket here.)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', {
  env: { account: '123456789012', region: 'bermuda-triangle-1337' },
  crossRegionReferences: true,
});
const stack2 = new cdk.Stack(app, 'Stack2', {
  env: { account: '123456789012', region: 'bermuda-triangle-42' },
  crossRegionReferences: true,
});
const nestedStack = new cdk.NestedStack(stack1, 'Nested1');
const nestedStack2 = new cdk.NestedStack(stack2, 'Nested2');
const myResource = new s3.Bucket(nestedStack, 'Resource1');
new cdk.CfnResource(nestedStack2, 'Resource2', {
  type: 'My::Resource',
  properties: { Prop1: myResource.bucketName },
});
app.synth();
