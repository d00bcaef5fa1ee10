// Conformance case 'error-ported-core-resource-no-type': resource.test.ts's 'the "type" property
// is required when creating a resource': a CfnResource without a type (`The \`type\` property is
// required`).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new cdk.CfnResource(stack, 'Resource', { notypehere: true });
app.synth();
