// Conformance case 'error-core-cfn-resource-outside-stack': cfn-resource.test.ts 'CfnResource
// cannot be created outside Stack' (Stack.of's error, with the class name and path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.CfnResource(app, 'Resource', { type: 'Some::Resource' });
app.synth();
