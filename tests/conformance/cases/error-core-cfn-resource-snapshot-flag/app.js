// Conformance case 'error-core-cfn-resource-snapshot-flag': cfn-resource.test.ts 'fails on
// unsupported resources (under feature flag)': @aws-cdk/core:validateSnapshotRemovalPolicy in the
// App's context, RemovalPolicy.SNAPSHOT on a CfnResource of a type without snapshots.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:validateSnapshotRemovalPolicy': true } });
const stack = new cdk.Stack(app);
new cdk.CfnResource(stack, 'Resource', { type: 'AWS::Lambda::Function' }).applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
app.synth();
