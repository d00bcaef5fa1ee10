// Conformance case 'error-cross-stage-construct-dependency': a.node.addDependency(b) for a resource
// of a stack of the App and one of a stack in a Stage: the dependency cannot cross stage
// boundaries, and aws-cdk-lib's error names the two constructs (op.source, op.target), not their
// stacks (found by difffuzz while reducing gen_multi seed 30008).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Prod');
const producer = new cdk.Stack(stage, 'Producer');
const bucket = new cdk.CfnResource(producer, 'Bucket', { type: 'AWS::S3::Bucket' });
const top = new cdk.Stack(app, 'Top');
const queue = new cdk.CfnResource(top, 'Queue', { type: 'AWS::SQS::Queue' });
queue.node.addDependency(bucket);
app.synth();
