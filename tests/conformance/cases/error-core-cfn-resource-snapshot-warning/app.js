// Conformance case 'error-core-cfn-resource-snapshot-warning': cfn-resource.test.ts 'warns on
// unsupported resources (without feature flag)': RemovalPolicy.SNAPSHOT on a CfnResource of a type
// without snapshots in the stack `new Stack(app)`: the warning (empty, cli), an error under the init
// flags' @aws-cdk/core:validateSnapshotRemovalPolicy (cli+init).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new cdk.CfnResource(stack, 'Resource', { type: 'AWS::Lambda::Function' }).applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
app.synth();
