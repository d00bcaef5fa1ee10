// An aspect that adds to a construct an aspect of a lower priority than one already invoked there:
// aws-cdk-lib's stabilization loop throws when it meets it (core/test/aspect.test.ts). The aspects
// are object literals: their constructor.name, in the message, is "Object".
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const root = new cdk.Stack(app, 'My-Stack');
const child = new s3.Bucket(root, 'my-bucket', { bucketName: 'my-bucket' });
cdk.Aspects.of(root).add({ visit(node) { if (node instanceof cdk.CfnResource) node.addMetadata('a', 'visited'); } },
  { priority: 10 });
let processed = false;
cdk.Aspects.of(child).add({
  visit(node) {
    if (node instanceof s3.CfnBucket && !processed) {
      cdk.Aspects.of(cdk.Stack.of(node)).add({ visit() {} }, { priority: 0 });
      processed = true;
    }
  },
}, { priority: 20 });
app.synth();
