// Conformance case 'error-s3files-cfn-required-property': s3files.CfnMountTarget without its required
// subnetId (the generated L1's requireProperty: "... is missing required property: subnetId").
'use strict';
const cdk = require('aws-cdk-lib');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3files.CfnMountTarget(stack, 'MT0', { fileSystemId: 'fs-12345678' });
app.synth();
