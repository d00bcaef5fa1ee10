// Conformance case 'error-nested-stack-depends-on-parent': a nested stack cannot depend on the
// stack it is nested in (aws-cdk-lib's dispatchDependencyOperation).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nested = new cdk.NestedStack(stack, 'Nested');
new cdk.CfnResource(nested, 'Thing', { type: 'AWS::SNS::Topic' });
nested.addStackDependency(stack);
app.synth();
