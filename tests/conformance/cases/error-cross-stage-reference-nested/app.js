// Conformance case 'error-cross-stage-reference-nested': a nested stack of a stack of the App
// references a bucket of a stack in a Stage (found by difffuzz, gen_multi seed 30008). The
// dependency aws-cdk-lib adds is the nested stack's (op.source): its error names the nested stack,
// though the stages compared are those of the top-level stacks.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Prod');
const producer = new cdk.Stack(stage, 'Producer');
const bucket = new cdk.CfnResource(producer, 'Bucket', { type: 'AWS::S3::Bucket' });
const top = new cdk.Stack(app, 'Top');
const nested = new cdk.NestedStack(top, 'Nested');
new cdk.CfnOutput(nested, 'BucketName', { value: bucket.ref });
app.synth();
