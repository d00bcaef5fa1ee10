// Conformance case 'core-annotations-long': annotations longer than 4 kB (warnings with and without
// an id, an info) are written whole to the stack's metadata file, as aws-cdk-lib writes them.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(stack, 'Thing', { type: 'AWS::CloudFormation::WaitConditionHandle' });
const long = (c, n) => Array.from({ length: n }, (_, i) => `${c}${i}`).join(' ');
cdk.Annotations.of(stack).addWarningV2('my-lib:long', long('w', 1500));
cdk.Annotations.of(stack).addWarning(long('x', 1200));
cdk.Annotations.of(stack).addInfo(long('i', 1300));
app.synth();
