// Conformance case 'error-kms-key-snapshot-removal-policy': RemovalPolicy.SNAPSHOT on a resource
// without snapshots: an error under @aws-cdk/core:validateSnapshotRemovalPolicy (cli+init), else a
// warning and the policy written all the same (empty, cli).
// Upstream: core/test/cfn-resource.test.ts 'snapshot removal policy on unsupported resource'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'Key', { removalPolicy: cdk.RemovalPolicy.SNAPSHOT });
app.synth();
