// Conformance case 'error-core-include-null-section': a CfnInclude whose template has a null
// Resources section, after a resource of the stack: stack.js's mergeObjectsWithoutDuplicates takes
// null for an object (typeof) and Object.keys(null) throws.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(stack, 'MyResource', { type: 'AWS::SNS::Topic' });
new cdk.CfnInclude(stack, 'T1', { template: { Resources: null } });
app.synth();
